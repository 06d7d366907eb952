import { describe, expect, it } from 'vitest'
import { chartOption } from '../../src/charts/option.ts'
import { lineOption } from '../../src/charts/line.ts'
import { trainingCurvesOption } from '../../src/charts/training-curves.ts'
import { CROSS_SYMBOL, trajectoryOption } from '../../src/charts/trajectory.ts'
import { decisionBoundaryOption } from '../../src/charts/decision-boundary.ts'
import { landscapeOption } from '../../src/charts/landscape.ts'
import { FONT_FAMILY, OPTIMUM_COLOR, PALETTE } from '../../src/charts/theme.ts'
import type { ChartOption } from '../../src/charts/option-types.ts'
import { asArray, legendNames, lineSeries, markLineLabels, seriesOf } from './helpers.ts'
import { decisionBoundary, landscape, lineChart, trainingCurves, trajectory } from './fixtures.ts'

const everyOption = (): [string, ChartOption][] => [
  ['line', lineOption(lineChart())],
  ['training-curves', trainingCurvesOption(trainingCurves())],
  ['trajectory', trajectoryOption(trajectory(), { width: 800, height: 400 })],
  ['decision-boundary', decisionBoundaryOption(decisionBoundary())],
  ['landscape', landscapeOption(landscape())],
]

describe('every option', () => {
  it('turns animation off, uses the Tableau palette and the shipped font', () => {
    for (const [, option] of everyOption()) {
      expect(option.animation).toBe(false)
      expect(option.color).toEqual(PALETTE)
      expect(option.textStyle).toMatchObject({ fontFamily: FONT_FAMILY })
    }
  })

  it('is plain data: the same chart gives an equal option that survives JSON', () => {
    for (const [kind, option] of everyOption()) {
      const again = everyOption().find(([k]) => k === kind)?.[1]
      expect(again).toEqual(option)
      expect(JSON.parse(JSON.stringify(option))).toEqual(option)
    }
  })

  it('has a title and named axes', () => {
    for (const [, option] of everyOption()) {
      expect(asArray(option.title)[0]?.text).toBeTruthy()
      const named = [...asArray(option.xAxis), ...asArray(option.yAxis)].filter((a) => a.show !== false)
      expect(named.length).toBeGreaterThanOrEqual(2)
      for (const axis of named) expect(axis.name).toBeTruthy()
    }
  })
})

describe('lineOption', () => {
  it('draws one line per series, named, in the legend', () => {
    const option = lineOption(lineChart())
    expect(seriesOf(option).map((s) => s.name)).toEqual(['SGD', 'Adam'])
    expect(legendNames(option)).toEqual(['SGD', 'Adam'])
    expect(lineSeries(option)[1].data).toEqual([[0, 2.3], [1, 1.1], [2, 0.6], [3, 0.4], [4, 0.35]])
  })

  it('marks each marker with a labelled vertical line', () => {
    const option = lineOption(lineChart())
    expect(markLineLabels(seriesOf(option)[0])).toEqual(['lr 0.001 → 0.01'])
    expect(lineSeries(option)[0].markLine?.data).toMatchObject([{ xAxis: 2, name: 'lr 0.001 → 0.01' }])
  })

  it('uses a log axis and leaves gaps for values it cannot draw', () => {
    const chart = { ...lineChart(), yScale: 'log' as const, series: [{ name: 'loss', x: [0, 1, 2, 3], y: [1, 0, Number.NaN, 0.1] }] }
    const option = lineOption(chart)
    expect(asArray(option.yAxis)[0].type).toBe('log')
    expect(lineSeries(option)[0].data).toEqual([[0, 1], null, null, [3, 0.1]])
  })

  it('applies a fixed y range', () => {
    const option = lineOption({ ...lineChart(), yRange: [0, 3] })
    expect(asArray(option.yAxis)[0]).toMatchObject({ min: 0, max: 3 })
  })
})

describe('trainingCurvesOption', () => {
  it('lays one grid per panel side by side, each with its own axes', () => {
    const option = trainingCurvesOption(trainingCurves())
    const grids = asArray(option.grid)
    expect(grids).toHaveLength(2)
    expect(Number.parseFloat(String(grids[0].left))).toBeLessThan(Number.parseFloat(String(grids[1].left)))
    expect(asArray(option.xAxis).map((a) => a.gridIndex)).toEqual([0, 1])
    expect(asArray(option.yAxis).map((a) => a.name)).toEqual(['loss', 'accuracy'])
  })

  it('starts the epoch axis at the first epoch', () => {
    const option = trainingCurvesOption(trainingCurves())
    for (const axis of asArray(option.xAxis)) expect(axis).toMatchObject({ name: 'epoch', min: 'dataMin', minInterval: 1 })
    expect(lineSeries(option)[0].data?.[0]).toEqual([1, expect.any(Number)])
  })

  it('draws one series per trainer in every panel, coloured by trainer', () => {
    const series = lineSeries(trainingCurvesOption(trainingCurves()))
    expect(series.map((s) => [s.name, s.xAxisIndex])).toEqual([['SGD', 0], ['Adam', 0], ['SGD', 1], ['Adam', 1]])
    expect(series[0].color).toBe(series[2].color)
    expect(series[1].color).toBe(series[3].color)
    expect(series[0].color).not.toBe(series[1].color)
  })

  it('names each trainer once in the legend and titles each panel by its metric', () => {
    const option = trainingCurvesOption(trainingCurves())
    expect(legendNames(option)).toEqual(['SGD', 'Adam'])
    expect(asArray(option.title).map((t) => t.text)).toEqual(['Training history', 'loss', 'accuracy'])
  })

  it('puts every marker as a labelled vertical line on every panel', () => {
    const series = lineSeries(trainingCurvesOption(trainingCurves()))
    const withMarkers = series.filter((s) => s.markLine)
    expect(withMarkers.map((s) => s.xAxisIndex)).toEqual([0, 1])
    for (const s of withMarkers) expect(markLineLabels(s)).toEqual(['lr 0.001 → 0.01', 'batch 32 → 128'])
  })

  it('puts the labels of neighbouring markers on alternate sides of their lines', () => {
    const series = lineSeries(trainingCurvesOption(trainingCurves()))
    const data = (series[0].markLine?.data ?? []) as { label?: { position?: string } }[]
    expect(data.map((d) => d.label?.position)).toEqual(['insideEndTop', 'insideEndBottom'])
  })

  it('draws a run’s marker in the run’s colour, printing its short text', () => {
    const chart = { ...trainingCurves(), markers: [{ x: 5, label: 'Adam: lr 0.001 → 0.01', series: 'Adam', short: 'lr 0.001 → 0.01' }] }
    const data = (lineSeries(trainingCurvesOption(chart))[0].markLine?.data ?? []) as { name: string; lineStyle: { color: string }; label: { color: string } }[]
    expect(data).toMatchObject([{ name: 'lr 0.001 → 0.01', lineStyle: { color: PALETTE[1] }, label: { color: PALETTE[1] } }])
  })

  it('ends a marker label that would run off the plot in "…" when the chart’s size is known', () => {
    const label = lineSeries(trainingCurvesOption(trainingCurves(), { width: 600, height: 300 }))[0].markLine?.label
    expect(label).toMatchObject({ width: 300 - 88 - 50 - 8, overflow: 'truncate' })
  })

  it('draws no box behind a marker label, which would hide the curve beside the line, only a halo around its letters', () => {
    const label = lineSeries(trainingCurvesOption(trainingCurves(), { width: 600, height: 300 }))[0].markLine?.label
    expect([label?.backgroundColor, label?.textBorderColor, label?.textBorderWidth]).toEqual([undefined, '#ffffff', 3])
  })

  it('still shows markers on a panel that has no series yet', () => {
    const chart = trainingCurves()
    chart.panels[1].series = []
    const series = lineSeries(trainingCurvesOption(chart))
    const host = series.find((s) => s.xAxisIndex === 1 && s.markLine)
    expect(host).toBeDefined()
    expect(series.indexOf(host!)).toBe(series.length - 1)
  })
})

describe('trajectoryOption', () => {
  const option = trajectoryOption(trajectory(), { width: 800, height: 400 })
  const series = seriesOf(option)

  it('draws the loss grid as thin translucent iso-lines without symbols', () => {
    const contours = lineSeries(option).filter((s) => String(s.name).startsWith('level '))
    expect(contours.length).toBeGreaterThanOrEqual(8)
    for (const c of contours) {
      expect(c.showSymbol).toBe(false)
      expect(c.lineStyle?.opacity).toBeLessThan(1)
      expect(c.lineStyle?.width).toBeLessThanOrEqual(1)
      expect((c.data ?? []).length).toBeGreaterThan(0)
    }
  })

  it('keeps contour lines out of the legend', () => {
    expect(legendNames(option)).toEqual(['SGD', 'Momentum', 'optimum'])
  })

  it('draws each path first, with small circle markers and its start marked', () => {
    const paths = series.slice(0, 2)
    expect(paths.map((s) => s.name)).toEqual(['SGD', 'Momentum'])
    for (const path of paths) {
      expect(path.type).toBe('line')
      if (path.type !== 'line') continue
      expect(path.symbol).toBe('circle')
      expect(path.symbolSize).toBeLessThanOrEqual(5)
      expect(path.data).toHaveLength(26)
      expect(path.markPoint?.data).toEqual([expect.objectContaining({ name: 'start', coord: [-2.6, 1.4] })])
    }
  })

  it('marks the optimum with a red cross', () => {
    const optimum = series.find((s) => s.name === 'optimum')
    expect(optimum).toMatchObject({ type: 'scatter', symbol: CROSS_SYMBOL, color: OPTIMUM_COLOR, data: [[0, 0]] })
  })

  it('keeps equal aspect: one unit spans the same pixels along x and y', () => {
    const grid = asArray(option.grid)[0]
    const x = asArray(option.xAxis)[0]
    const y = asArray(option.yAxis)[0]
    const plotWidth = 800 - Number(grid.left) - Number(grid.right)
    const plotHeight = 400 - Number(grid.top) - Number(grid.bottom)
    const perUnitX = plotWidth / (Number(x.max) - Number(x.min))
    const perUnitY = plotHeight / (Number(y.max) - Number(y.min))
    expect(perUnitX).toBeCloseTo(perUnitY, 9)
    // The view [-3, 3]² stays in sight, and the wider x range is still inside the contour.
    expect(Number(x.min)).toBeLessThanOrEqual(-3)
    expect(Number(y.max)).toBeGreaterThanOrEqual(3)
    expect(Number(x.min)).toBeGreaterThanOrEqual(-9)
  })

  it('gives up equal aspect where it would show the plane past the contour', () => {
    const wide = trajectoryOption(trajectory(), { width: 2000, height: 300 })
    const x = asArray(wide.xAxis)[0]
    expect([Number(x.min), Number(x.max)]).toEqual([-9, 9])
  })

  it('writes a note under the title and moves the legend and the plot down to make room', () => {
    const plain = trajectoryOption(trajectory(), { width: 800, height: 400 })
    const noted = trajectoryOption({ ...trajectory(), note: 'no contour: too costly' }, { width: 800, height: 400 })
    expect(asArray(noted.title)[0].subtext).toBe('no contour: too costly')
    expect(Number(asArray(noted.legend)[0].top)).toBeGreaterThan(Number(asArray(plain.legend)[0].top))
    expect(Number(asArray(noted.grid)[0].top)).toBeGreaterThan(Number(asArray(plain.grid)[0].top))
  })

  it('frames the contour grid when the chart has no view', () => {
    const chart = { ...trajectory(), view: null }
    const y = asArray(trajectoryOption(chart).yAxis)[0]
    expect([Number(y.min), Number(y.max)]).toEqual([-4.5, 4.5])
  })

  it('fits the paths without a contour grid', () => {
    const chart = { ...trajectory(), contour: null, optimum: null }
    const option = trajectoryOption(chart)
    expect(seriesOf(option).map((s) => s.name)).toEqual(['SGD', 'Momentum'])
    const x = asArray(option.xAxis)[0]
    expect(Number(x.min)).toBeLessThan(-2.6)
  })
})

describe('decisionBoundaryOption', () => {
  const option = decisionBoundaryOption(decisionBoundary())
  const series = seriesOf(option)

  it('draws the grid probabilities as a heatmap on a diverging colour scale', () => {
    expect(series[0]).toMatchObject({ type: 'heatmap', xAxisIndex: 1, yAxisIndex: 1 })
    expect(series[0].data).toHaveLength(31 * 31)
    const visualMap = asArray(option.visualMap)[0]
    expect(visualMap).toMatchObject({ type: 'continuous', seriesIndex: 0, dimension: 2, min: 0, max: 1 })
    const colors = (visualMap as { inRange?: { color?: string[] } }).inRange?.color ?? []
    expect(colors).toHaveLength(3)
    expect(colors[1]).toBe('#f7f7f7')
    expect(new Set(colors).size).toBe(3)
  })

  it('scatters the points on top, one series per class, the positive class blue and the other orange as in Playground', () => {
    const scatter = series.filter((s) => s.type === 'scatter')
    expect(scatter.map((s) => s.name)).toEqual(['negative', 'positive'])
    expect(scatter.map((s) => s.color)).toEqual([PALETTE[1], PALETTE[0]])
    const total = scatter.reduce((n, s) => n + (s.data ?? []).length, 0)
    expect(total).toBe(40)
    expect(legendNames(option)).toEqual(['negative', 'positive'])
  })

  it('aligns the value axes with the outer edges of the heatmap cells', () => {
    const [xValue, xCategory] = asArray(option.xAxis)
    expect(xValue).toMatchObject({ type: 'value', min: -3.1, max: 3.1 })
    expect(xCategory).toMatchObject({ type: 'category', show: false })
    expect((xCategory as { data?: unknown[] }).data).toHaveLength(31)
  })

  it('snaps cells to whole pixels when the size is known', () => {
    const grid = asArray(decisionBoundaryOption(decisionBoundary(), { width: 800, height: 400 }).grid)[0]
    expect(Number(grid.width) % 31).toBe(0)
    expect(Number(grid.height) % 31).toBe(0)
  })

  it('tints cells by predicted class when there are more than two classes', () => {
    const chart = { ...decisionBoundary(), classes: ['a', 'b', 'c'] }
    const visualMap = asArray(decisionBoundaryOption(chart).visualMap)[0]
    expect(visualMap).toMatchObject({ type: 'piecewise', seriesIndex: 0 })
    expect((visualMap as { pieces?: { value?: number }[] }).pieces?.map((p) => p.value)).toEqual([0, 1, 2])
  })
})

describe('landscapeOption', () => {
  const option = landscapeOption(landscape())
  const series = seriesOf(option)

  it('draws the field as a heatmap with a colour bar labelled by its true range', () => {
    expect(series[0].type).toBe('heatmap')
    const visualMap = asArray(option.visualMap)[0] as { text?: string[]; seriesIndex?: number }
    expect(visualMap.seriesIndex).toBe(0)
    expect(visualMap.text).toEqual(['max 189', 'min 0'])
  })

  it('draws contour lines over the heatmap', () => {
    const contours = lineSeries(option)
    expect(contours.length).toBeGreaterThanOrEqual(8)
    for (const c of contours) expect(Number(c.z)).toBeGreaterThan(Number(series[0].z))
  })
})

describe('chartOption', () => {
  it('dispatches each kind to its builder', () => {
    const size = { width: 640, height: 480 }
    expect(chartOption(lineChart())).toEqual(lineOption(lineChart()))
    expect(chartOption(trainingCurves())).toEqual(trainingCurvesOption(trainingCurves()))
    // With a size, only the title's fitting differs from the builder's own option.
    const series = (o: ReturnType<typeof chartOption>) => o.series
    expect(series(chartOption(trajectory(), size))).toEqual(series(trajectoryOption(trajectory(), size)))
    expect(series(chartOption(decisionBoundary(), size))).toEqual(series(decisionBoundaryOption(decisionBoundary(), size)))
    expect(series(chartOption(landscape(), size))).toEqual(series(landscapeOption(landscape(), size)))
  })
})

describe('log axes', () => {
  it('label their ticks with rounded numbers instead of raw doubles', () => {
    const option = lineOption({ kind: 'line', title: 't', xLabel: 'x', yLabel: 'y', yScale: 'log', series: [{ name: 'a', x: [1, 2], y: [1e-5, 1] }] })
    const axis = option.yAxis as { axisLabel: { formatter: (v: number) => string } }
    expect(axis.axisLabel.formatter(0.0000099999999999999)).toBe('1e-5')
  })
})

describe('titles in small charts', () => {
  it('are set smaller, whole, when that makes them fit', () => {
    const chart = { kind: 'line' as const, title: 'Sigmoid network: gradient norm per layer', xLabel: 'x', yLabel: 'y', series: [] }
    const title = chartOption(chart, { width: 300, height: 200 }).title as { textStyle: { fontSize: number } }
    // 40 characters at 11 px take about 264 of the 276 pixels the title has.
    expect(title.textStyle.fontSize).toBe(11)
  })

  it('keep their size when they fit', () => {
    const chart = { kind: 'line' as const, title: 'Loss', xLabel: 'x', yLabel: 'y', series: [] }
    const title = chartOption(chart, { width: 300, height: 200 }).title as { textStyle: { fontSize: number } }
    expect(title.textStyle.fontSize).toBe(16)
  })

  it('end in an ellipsis when wider than the chart even at the smallest size', () => {
    const chart = { kind: 'line' as const, title: 'A very long title that a plot node of 380 pixels cannot show in full', xLabel: 'x', yLabel: 'y', series: [] }
    const title = chartOption(chart, { width: 300, height: 200 }).title as { textStyle: { width: number; overflow: string } }
    expect(title.textStyle).toMatchObject({ width: 276, overflow: 'truncate', fontSize: 10 })
  })

  it('end in an ellipsis in training curves too, leaving the panel titles alone', () => {
    const titles = asArray(chartOption(trainingCurves(), { width: 300, height: 200 }).title)
    expect(titles[0].textStyle).toMatchObject({ width: 276, overflow: 'truncate' })
    expect(titles.slice(1).every((t) => t.textStyle?.overflow === undefined)).toBe(true)
  })
})
