import type { PathMark, TrajectoryChart } from './data.ts'
import type { ChartOption, ChartSize, LineSeriesOption, ScatterSeriesOption } from './option-types.ts'
import { contourLevels, contourSeries } from './contour-series.ts'
import { axisTicks, withTicks } from './ticks.ts'
import { AXIS_COLOR, FONT_FAMILY, OPTIMUM_COLOR, baseOption, legendOption, paletteColor, titleOption, valueXAxis, valueYAxis } from './theme.ts'

/** A '+' drawn as a filled shape (ECharts has no built-in cross symbol). */
export const CROSS_SYMBOL = 'path://M4,0H6V4H10V6H6V10H4V6H0V4H4Z'

/** Plot rectangle margins in pixels (fixed, so the aspect computation knows the plot size). */
const MARGIN = { left: 70, right: 30, top: 70, bottom: 50 }

export const CONTOUR_COLOR = '#7f7f7f'

/** Room for a one-line note under the title. */
const NOTE_HEIGHT = 16

/** Size assumed for tick spacing when the caller doesn't give one. */
const DEFAULT_PLOT: ChartSize = { width: 800, height: 400 }

type Range = [number, number]

function extentOf(values: number[]): Range | null {
  let lo = Infinity
  let hi = -Infinity
  for (const v of values) if (Number.isFinite(v)) { if (v < lo) lo = v; if (v > hi) hi = v }
  return lo <= hi ? [lo, hi] : null
}

function union(a: Range | null, b: Range | null): Range | null {
  if (!a) return b
  if (!b) return a
  return [Math.min(a[0], b[0]), Math.max(a[1], b[1])]
}

function pad(r: Range | null, fraction: number): Range {
  if (!r) return [-1, 1]
  const span = r[1] - r[0]
  if (span === 0) return [r[0] - 1, r[1] + 1]
  return [r[0] - span * fraction, r[1] + span * fraction]
}

/**
 * `r` cut back to what the contour covers, but never to less than `keep` (what must be seen):
 * past the grid the plot would be empty, so equal aspect gives way there.
 */
function withinContour(r: Range, grid: number[], keep: Range): Range {
  const covered = extentOf(grid)
  if (!covered) return r
  return [Math.max(r[0], Math.min(covered[0], keep[0])), Math.min(r[1], Math.max(covered[1], keep[1]))]
}

/** Widen one range so one data unit spans as many pixels along x as along y. */
export function equalAspect(x: Range, y: Range, plotWidth: number, plotHeight: number): { x: Range; y: Range } {
  if (plotWidth <= 0 || plotHeight <= 0) return { x, y }
  const ux = (x[1] - x[0]) / plotWidth
  const uy = (y[1] - y[0]) / plotHeight
  const widen = (r: Range, span: number): Range => {
    const mid = (r[0] + r[1]) / 2
    return [mid - span / 2, mid + span / 2]
  }
  return ux > uy ? { x, y: widen(y, ux * plotHeight) } : { x: widen(x, uy * plotWidth), y }
}

/**
 * The data range the axes cover (before widening for equal aspect): the chart's view and every
 * path point and the optimum; without a view, the contour grid instead, and without a grid, the
 * points plus 8% padding.
 */
export function trajectoryExtent(chart: TrajectoryChart): { x: Range; y: Range } {
  const frame = chart.view ?? (chart.contour ? { x: extentOf(chart.contour.x), y: extentOf(chart.contour.y) } : null)
  const px = chart.paths.flatMap((p) => p.points.map((q) => q[0]))
  const py = chart.paths.flatMap((p) => p.points.map((q) => q[1]))
  if (chart.optimum) { px.push(chart.optimum[0]); py.push(chart.optimum[1]) }
  let xr = (frame ? union(frame.x, extentOf(px)) : pad(extentOf(px), 0.08)) ?? [-1, 1]
  let yr = (frame ? union(frame.y, extentOf(py)) : pad(extentOf(py), 0.08)) ?? [-1, 1]
  if (xr[0] === xr[1]) xr = pad(xr, 0)
  if (yr[0] === yr[1]) yr = pad(yr, 0)
  return { x: xr, y: yr }
}

/** A live change on a path: a diamond in the path's colour, its label beside it with a halo to read over the contour. */
function changeMark(mark: PathMark, color: string) {
  return {
    name: mark.label,
    coord: mark.at,
    symbol: 'diamond',
    symbolSize: 13,
    itemStyle: { color, borderColor: '#ffffff', borderWidth: 1.5 },
    label: { show: true, position: 'right' as const, formatter: mark.label, fontFamily: FONT_FAMILY, fontSize: 12, color: '#222222', textBorderColor: '#ffffff', textBorderWidth: 3 },
  }
}

/**
 * Optimizer paths in parameter space over iso-lines of the loss, the start of each path ringed
 * and the optimum a red cross; a live change is a labelled diamond where it took effect.
 * With `size` (the chart's pixel size) the axes keep equal aspect.
 * Option series: the paths in order (so path k is series k), then the optimum (when set), then
 * one line series per contour level.
 */
export function trajectoryOption(chart: TrajectoryChart, size?: ChartSize): ChartOption {
  const contour = chart.contour
  // A note sits under the title and pushes the legend and the plot down.
  const shift = chart.note ? NOTE_HEIGHT : 0
  const margin = { ...MARGIN, top: MARGIN.top + shift }
  let { x: xr, y: yr } = trajectoryExtent(chart)
  const plotWidth = (size ?? DEFAULT_PLOT).width - margin.left - margin.right
  const plotHeight = (size ?? DEFAULT_PLOT).height - margin.top - margin.bottom
  if (size) {
    const fitted = equalAspect(xr, yr, plotWidth, plotHeight)
    xr = contour ? withinContour(fitted.x, contour.x, xr) : fitted.x
    yr = contour ? withinContour(fitted.y, contour.y, yr) : fitted.y
  }
  const xTicks = axisTicks(xr, plotWidth, 80)
  const yTicks = axisTicks(yr, plotHeight, 50)

  const paths: LineSeriesOption[] = chart.paths.map((path, i) => {
    const color = paletteColor(i)
    const first = path.points[0]
    const start = first ? [{ name: 'start', coord: [first[0], first[1]] }] : []
    return {
      type: 'line',
      name: path.name,
      data: path.points.map((q): [number, number] | null => (Number.isFinite(q[0]) && Number.isFinite(q[1]) ? [q[0], q[1]] : null)),
      symbol: 'circle',
      symbolSize: 4,
      showSymbol: true,
      connectNulls: false,
      progressive: 0,
      color,
      lineStyle: { color, width: 1.6 },
      itemStyle: { color },
      clip: true,
      z: 4,
      ...(first || path.marks
        ? {
            markPoint: {
              silent: true,
              symbol: 'circle',
              symbolSize: 11,
              itemStyle: { color: '#ffffff', borderColor: color, borderWidth: 2.5 },
              label: { show: false },
              data: [...start, ...(path.marks ?? []).map((m) => changeMark(m, color))],
            },
          }
        : {}),
    }
  })
  const optimum: ScatterSeriesOption[] = chart.optimum
    ? [{
        type: 'scatter',
        name: 'optimum',
        data: [[chart.optimum[0], chart.optimum[1]]],
        symbol: CROSS_SYMBOL,
        symbolSize: 14,
        color: OPTIMUM_COLOR,
        itemStyle: { color: OPTIMUM_COLOR },
        z: 5,
      }]
    : []
  const contours = contour
    ? contourSeries(contour, contourLevels(contour, 10, { x: xr, y: yr }), { color: CONTOUR_COLOR, opacity: 0.6, width: 0.9, z: 1 })
    : []

  return {
    ...baseOption(),
    title: chart.note ? { ...titleOption(chart.title), subtext: chart.note, itemGap: 4, subtextStyle: { fontFamily: FONT_FAMILY, fontSize: 11, color: AXIS_COLOR } } : titleOption(chart.title),
    legend: legendOption([...chart.paths.map((p) => p.name), ...(chart.optimum ? ['optimum'] : [])], 34 + shift),
    tooltip: { trigger: 'item' },
    grid: { ...margin, outerBoundsMode: 'none' },
    xAxis: withTicks(valueXAxis(chart.xLabel, { min: xr[0], max: xr[1] }), xTicks),
    yAxis: withTicks(valueYAxis(chart.yLabel, { min: yr[0], max: yr[1] }), yTicks),
    series: [...paths, ...optimum, ...contours],
  }
}
