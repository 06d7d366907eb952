import { describe, expect, it } from 'vitest'
import { chartOption } from '../../src/charts/index.ts'
import { scaledOption } from '../../src/charts/scale-text.ts'
import type { ChartOption } from '../../src/charts/index.ts'

const option = {
  title: { text: 'Loss', top: 8, left: 'center', textStyle: { fontSize: 16 } },
  legend: { top: 34, itemWidth: 18, textStyle: { fontSize: 12 } },
  grid: { left: 70, top: 70, right: '10%' },
  xAxis: { nameGap: 28, axisLabel: { fontSize: 11 } },
  series: [{ type: 'line', data: [[1, 2], [2, 3]], symbolSize: 4 }],
} as unknown as ChartOption

describe('chart type scaled for a projector', () => {
  it('grows type, gaps, margins and symbols by the factor', () => {
    const big = scaledOption(option, 1.5) as unknown as typeof option & Record<string, { [k: string]: unknown }>
    expect(big).toMatchObject({
      title: { top: 12, left: 'center', textStyle: { fontSize: 24 } },
      legend: { top: 51, itemWidth: 27, textStyle: { fontSize: 18 } },
      grid: { left: 105, top: 105, right: '10%' },
      xAxis: { nameGap: 42, axisLabel: { fontSize: 16.5 } },
      series: [{ symbolSize: 6 }],
    })
  })

  it('leaves the data as it is', () => {
    const big = scaledOption(option, 2) as unknown as { series: { data: unknown }[] }
    expect(big.series[0].data).toEqual([[1, 2], [2, 3]])
  })

  it('sets the default type size where a chart leaves it to ECharts', () => {
    expect((scaledOption(option, 2) as unknown as { textStyle: { fontSize: number } }).textStyle.fontSize).toBe(24)
  })

  it('is the same option at factor 1', () => {
    const line = chartOption({ kind: 'line', title: 't', xLabel: 'x', yLabel: 'y', series: [] } as never)
    expect(scaledOption(line, 1)).toBe(line)
  })
})
