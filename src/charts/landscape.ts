import type { Grid, LandscapeChart } from './data.ts'
import type { ChartOption, ChartSize, HeatmapSeriesOption } from './option-types.ts'
import { contourLevels, contourSeries } from './contour-series.ts'
import { formatNumber } from './format.ts'
import { finiteRange, heatmapAxes, heatmapGrid, heatmapSeries, plotSize } from './heatmap.ts'
import { FONT_FAMILY, SEQUENTIAL, TEXT_COLOR, baseOption, titleOption } from './theme.ts'

const MARGINS = { left: 70, right: 120, top: 50, bottom: 50 }

/**
 * Each value's rank among the grid's finite values, in [0, 1] (ties share their mean rank).
 * Colouring by rank spreads the palette evenly over the cells, so a narrow valley next to steep
 * walls (values over orders of magnitude) still shows its shape.
 */
export function rankGrid(grid: Grid): Grid {
  const values: number[] = []
  for (const row of grid.z) for (const v of row) if (Number.isFinite(v)) values.push(v)
  values.sort((a, b) => a - b)
  const n = values.length
  const rank = (v: number): number => {
    if (n <= 1) return 0.5
    // First index >= v and first index > v: ties get the middle of their run.
    let lo = 0, hi = n
    while (lo < hi) { const m = (lo + hi) >> 1; if (values[m] < v) lo = m + 1; else hi = m }
    const first = lo
    hi = n
    while (lo < hi) { const m = (lo + hi) >> 1; if (values[m] <= v) lo = m + 1; else hi = m }
    return (first + lo - 1) / 2 / (n - 1)
  }
  return { x: grid.x, y: grid.y, z: grid.z.map((row) => row.map((v) => (Number.isFinite(v) ? rank(v) : v))) }
}

/**
 * The field as a heatmap coloured by rank (viridis: dark valley, light walls; the colour bar is
 * labelled with the true minimum and maximum), with iso-lines at ~10 quantile levels on top.
 * Option series: 0 the heatmap, then one line series per level.
 */
export function landscapeOption(chart: LandscapeChart, size?: ChartSize): ChartOption {
  const { grid } = chart
  const levels = contourLevels(grid, 10)
  const [lo, hi] = finiteRange(grid)
  const gridOption = heatmapGrid(grid, MARGINS, size)
  const axes = heatmapAxes(grid, chart.xLabel, chart.yLabel, plotSize(gridOption, MARGINS, size))
  const heatmap: HeatmapSeriesOption = heatmapSeries(rankGrid(grid), chart.title)
  return {
    ...baseOption(),
    title: titleOption(chart.title),
    tooltip: { trigger: 'item' },
    grid: gridOption,
    xAxis: axes.xAxis,
    yAxis: axes.yAxis,
    visualMap: {
      type: 'continuous',
      seriesIndex: 0,
      dimension: 2,
      min: 0,
      max: 1,
      inRange: { color: [...SEQUENTIAL] },
      calculable: false,
      hoverLink: false,
      right: 20,
      top: 'middle',
      orient: 'vertical',
      itemWidth: 14,
      itemHeight: 180,
      text: [`max ${formatNumber(hi)}`, `min ${formatNumber(lo)}`],
      textGap: 6,
      textStyle: { fontFamily: FONT_FAMILY, fontSize: 10, color: TEXT_COLOR },
    },
    series: [
      heatmap,
      ...contourSeries(grid, levels, { color: '#ffffff', opacity: 0.55, width: 0.8, z: 2 }),
    ],
  }
}
