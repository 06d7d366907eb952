/**
 * A heatmap over a value-axis plot. ECharts draws heatmaps only on two category axes, so the
 * grid carries two pairs of axes: hidden category axes (index 1) for the heatmap cells and
 * visible value axes (index 0) whose range is exactly the cells' outer edges, for everything
 * drawn on top (contours, points).
 */

import type { Grid } from './data.ts'
import type { ChartSize, GridOption, HeatmapSeriesOption, XAxisOption, YAxisOption } from './option-types.ts'
import { valueXAxis, valueYAxis } from './theme.ts'
import { axisTicks, withTicks } from './ticks.ts'

/** The outer edges of the cells centred on `centres` (assumed evenly spaced and ascending). */
export function cellEdges(centres: number[]): [number, number] {
  const n = centres.length
  if (n === 0) return [0, 1]
  if (n === 1) return [centres[0] - 0.5, centres[0] + 0.5]
  const step = (centres[n - 1] - centres[0]) / (n - 1)
  return [centres[0] - step / 2, centres[n - 1] + step / 2]
}

export interface Margins {
  left: number
  right: number
  top: number
  bottom: number
}

/**
 * The plot rectangle. With the pixel size known, cells get a whole number of pixels each and the
 * rectangle sits on whole pixels: anti-aliased fractional cell edges would otherwise let the
 * background show through as faint seams between cells.
 */
export function heatmapGrid(grid: Grid, margins: Margins, size?: ChartSize): GridOption {
  const base: GridOption = { ...margins, outerBoundsMode: 'none' }
  if (!size) return base
  const nx = Math.max(grid.x.length, 1)
  const ny = Math.max(Math.min(grid.y.length, grid.z.length), 1)
  const cellW = Math.floor((size.width - margins.left - margins.right) / nx)
  const cellH = Math.floor((size.height - margins.top - margins.bottom) / ny)
  if (cellW < 1 || cellH < 1) return base
  return { left: margins.left, top: margins.top, width: cellW * nx, height: cellH * ny, outerBoundsMode: 'none' }
}

export interface HeatmapAxes {
  xAxis: XAxisOption[]
  yAxis: YAxisOption[]
}

/** Pixel size of the plot rectangle `heatmapGrid` lays out (an 800×400 chart when size is unknown). */
export function plotSize(gridOption: GridOption, margins: Margins, size?: ChartSize): ChartSize {
  const chart = size ?? { width: 800, height: 400 }
  return {
    width: typeof gridOption.width === 'number' ? gridOption.width : chart.width - margins.left - margins.right,
    height: typeof gridOption.height === 'number' ? gridOption.height : chart.height - margins.top - margins.bottom,
  }
}

export function heatmapAxes(grid: Grid, xLabel: string, yLabel: string, plot: ChartSize): HeatmapAxes {
  const [x0, x1] = cellEdges(grid.x)
  const [y0, y1] = cellEdges(grid.y)
  const xTicks = axisTicks([x0, x1], plot.width, 80)
  const yTicks = axisTicks([y0, y1], plot.height, 50)
  const hidden = { show: false, axisLine: { show: false }, axisTick: { show: false }, axisLabel: { show: false }, splitLine: { show: false } }
  return {
    xAxis: [
      { ...withTicks(valueXAxis(xLabel, { min: x0, max: x1 }), xTicks), scale: false, splitLine: { show: false } },
      { type: 'category', data: grid.x.map((_, j) => j), position: 'top', boundaryGap: true, ...hidden },
    ],
    yAxis: [
      { ...withTicks(valueYAxis(yLabel, { min: y0, max: y1 }), yTicks), scale: false, splitLine: { show: false } },
      { type: 'category', data: grid.y.map((_, i) => i), position: 'right', boundaryGap: true, ...hidden },
    ],
  }
}

/** The heatmap series on the hidden category axes: one cell per finite grid value. */
export function heatmapSeries(grid: Grid, name: string): HeatmapSeriesOption {
  const data: [number, number, number][] = []
  const rows = Math.min(grid.y.length, grid.z.length)
  for (let i = 0; i < rows; i++) {
    const row = grid.z[i]
    for (let j = 0; j < grid.x.length && j < row.length; j++) if (Number.isFinite(row[j])) data.push([j, i, row[j]])
  }
  return {
    type: 'heatmap',
    name,
    xAxisIndex: 1,
    yAxisIndex: 1,
    data,
    progressive: 0,
    silent: true,
    emphasis: { disabled: true },
    z: 1,
  }
}

/** Smallest and largest finite value of the grid ([0, 1] when there is none). */
export function finiteRange(grid: Grid): [number, number] {
  let lo = Infinity
  let hi = -Infinity
  for (const row of grid.z) for (const v of row) if (Number.isFinite(v)) { if (v < lo) lo = v; if (v > hi) hi = v }
  return lo <= hi ? [lo, hi] : [0, 1]
}
