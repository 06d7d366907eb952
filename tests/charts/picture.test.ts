import { describe, expect, it } from 'vitest'
import { paintChart } from '../../src/charts/picture.ts'
import type { TrajectoryChart } from '../../src/charts/data.ts'
import { checkXml } from './xml.ts'
import { lineChart, trainingCurves, trajectory } from './fixtures.ts'

describe('paintChart', () => {
  it('paints well-formed SVG with a viewBox of the requested size, so it can be stretched', () => {
    const picture = paintChart(lineChart(), { width: 420, height: 240 })
    expect(checkXml(picture.svg).error).toBeUndefined()
    expect(picture.svg).toMatch(/^<svg[^>]*viewBox="0 0 420 240"/)
    expect([picture.width, picture.height, picture.error]).toEqual([420, 240, null])
  })

  it('counts the series and the points it drew', () => {
    const chart = trainingCurves()
    const points = chart.panels.reduce((n, p) => n + p.series.reduce((m, s) => m + s.x.length, 0), 0)
    const series = chart.panels.reduce((n, p) => n + p.series.length, 0)
    expect(paintChart(chart, { width: 600, height: 300 })).toMatchObject({ series, points })
  })

  it('paints the same chart to the same markup', () => {
    expect(paintChart(trajectory(), { width: 400, height: 300 }).svg).toBe(paintChart(trajectory(), { width: 400, height: 300 }).svg)
  })

  it('returns the error instead of throwing when the chart cannot be drawn', () => {
    const broken = { ...trajectory(), paths: null } as unknown as TrajectoryChart
    const picture = paintChart(broken, { width: 400, height: 300 })
    expect(picture.svg).toBe('')
    expect(picture.error).toMatch(/\S/)
  })
})
