import { describe, expect, it } from 'vitest'
import { legendLayout } from '../../src/charts/legend-layout.ts'
import { lineOption } from '../../src/charts/line.ts'
import type { LineChart } from '../../src/charts/data.ts'

const layers = Array.from({ length: 8 }, (_, k) => `layer ${k + 1}`)
const chart: LineChart = { kind: 'line', title: 'Norms', xLabel: 'step', yLabel: 'norm', series: layers.map((name) => ({ name, x: [1], y: [1] })) }

describe('legend layout', () => {
  it('eight layer names fill one row of a wide chart, and wrap onto rows closed up in a 300 px one', () => {
    expect([legendLayout(layers, 1200), legendLayout(layers, 300)]).toEqual([{ rows: 1, itemGap: 16, extraHeight: 0 }, { rows: 2, itemGap: 8, extraHeight: 22 }])
  })

  it('a line chart moves its plot down by the height its wrapped legend adds', () => {
    const top = (width: number) => (lineOption(chart, { width, height: 300 }).grid as { top: number }).top
    expect(top(300) - top(1200)).toBe(legendLayout(layers, 300).extraHeight)
  })
})
