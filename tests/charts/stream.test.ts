import { describe, expect, it } from 'vitest'
import { appendPoints } from '../../src/charts/stream.ts'
import type { LineChart, TrainingCurvesChart, TrajectoryChart } from '../../src/charts/data.ts'
import { landscape, lineChart, table, trainingCurves, trajectory } from './fixtures.ts'

function grownLine(): [LineChart, LineChart] {
  const previous = lineChart()
  const next = structuredClone(previous)
  next.series[0].x.push(5, 6)
  next.series[0].y.push(0.75, 0.7)
  next.series[1].x.push(5)
  next.series[1].y.push(0.33)
  return [previous, next]
}

describe('appendPoints', () => {
  it('returns the new points of each series when the next chart only extends the series', () => {
    const [previous, next] = grownLine()
    expect(appendPoints(previous, next)).toEqual([
      { seriesIndex: 0, points: [[5, 0.75], [6, 0.7]] },
      { seriesIndex: 1, points: [[5, 0.33]] },
    ])
  })

  it('leaves out series that did not grow', () => {
    const previous = lineChart()
    const next = structuredClone(previous)
    next.series[1].x.push(5)
    next.series[1].y.push(0.3)
    expect(appendPoints(previous, next)).toEqual([{ seriesIndex: 1, points: [[5, 0.3]] }])
  })

  it('returns nothing to append for an unchanged chart', () => {
    expect(appendPoints(lineChart(), lineChart())).toEqual([])
  })

  it('returns null when a series is renamed', () => {
    const [previous, next] = grownLine()
    next.series[1].name = 'AdamW'
    expect(appendPoints(previous, next)).toBeNull()
  })

  it('returns null when a series is added', () => {
    const previous = lineChart()
    const next = structuredClone(previous)
    next.series.push({ name: 'RMSprop', x: [0], y: [2.3] })
    expect(appendPoints(previous, next)).toBeNull()
  })

  it('returns null when an earlier point changed', () => {
    const [previous, next] = grownLine()
    next.series[0].y[1] = 1.6
    expect(appendPoints(previous, next)).toBeNull()
  })

  it('returns null when a series got shorter', () => {
    const previous = lineChart()
    const next = structuredClone(previous)
    next.series[0].x.pop()
    next.series[0].y.pop()
    expect(appendPoints(previous, next)).toBeNull()
  })

  it('returns null when anything besides the series changed', () => {
    const [previous, next] = grownLine()
    expect(appendPoints(previous, { ...next, title: 'Other' })).toBeNull()
    expect(appendPoints(previous, { ...next, markers: [...(next.markers ?? []), { x: 5, label: 'lr ×10' }] })).toBeNull()
  })

  it('returns null when the kind changed', () => {
    expect(appendPoints(lineChart(), trainingCurves())).toBeNull()
  })

  it('treats a NaN already drawn as unchanged and appends NaN as a gap', () => {
    const previous: LineChart = { ...lineChart(), series: [{ name: 'loss', x: [0, 1], y: [1, Number.NaN] }] }
    const next: LineChart = { ...previous, series: [{ name: 'loss', x: [0, 1, 2, 3], y: [1, Number.NaN, Number.NaN, 0.5] }] }
    expect(appendPoints(previous, next)).toEqual([{ seriesIndex: 0, points: [null, [3, 0.5]] }])
  })

  it('indexes training-curve series across panels in option order', () => {
    const previous: TrainingCurvesChart = trainingCurves(3)
    const next = trainingCurves(4)
    const appended = appendPoints(previous, next)
    expect(appended?.map((a) => a.seriesIndex)).toEqual([0, 1, 2, 3])
    for (const a of appended ?? []) expect(a.points).toEqual([[4, expect.any(Number)]])
  })

  it('appends new trajectory steps to their path series', () => {
    const next: TrajectoryChart = trajectory()
    const previous: TrajectoryChart = { ...next, paths: next.paths.map((p) => ({ ...p, points: p.points.slice(0, 10) })) }
    const appended = appendPoints(previous, next)
    expect(appended?.map((a) => [a.seriesIndex, a.points.length])).toEqual([[0, 16], [1, 16]])
    expect(appended?.[1].points[0]).toEqual(next.paths[1].points[10])
  })

  it('rebuilds a trajectory whose new step leaves the range its axes were built for', () => {
    const previous = trajectory()
    const next = structuredClone(previous)
    next.paths[0].points.push([0.1, 0.1])
    expect(appendPoints(previous, next)).toEqual([{ seriesIndex: 0, points: [[0.1, 0.1]] }])
    next.paths[0].points.push([5, 0])
    expect(appendPoints(previous, next)).toBeNull()
  })

  it('rebuilds a trajectory whose path gets its first point (the start marker is new)', () => {
    const next = trajectory()
    const previous: TrajectoryChart = { ...next, paths: next.paths.map((p) => ({ ...p, points: [] })) }
    expect(appendPoints(previous, next)).toBeNull()
  })

  it('treats landscapes and tables as static: equal gives nothing, different gives null', () => {
    expect(appendPoints(landscape(), landscape())).toEqual([])
    const changed = landscape()
    changed.grid.z[0][0] += 1
    expect(appendPoints(landscape(), changed)).toBeNull()
    expect(appendPoints(table(), table())).toEqual([])
  })
})
