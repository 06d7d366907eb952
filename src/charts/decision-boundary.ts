import type { DecisionBoundaryChart } from './data.ts'
import type { ChartOption, ChartSize, ScatterSeriesOption } from './option-types.ts'
import { finiteRange, heatmapAxes, heatmapGrid, heatmapSeries, plotSize } from './heatmap.ts'
import { FONT_FAMILY, TEXT_COLOR, baseOption, legendOption, lighten, paletteColor, titleOption } from './theme.ts'

/** The neutral middle of the diverging scale (p = 0.5). */
const NEUTRAL = '#f7f7f7'

const MARGINS = { left: 70, right: 150, top: 70, bottom: 50 }

export function className(chart: DecisionBoundaryChart, label: number): string {
  return chart.classes[label] ?? `class ${label}`
}

/** Class labels present in the chart (declared classes first, then any extra label seen). */
function classLabels(chart: DecisionBoundaryChart): number[] {
  const labels = chart.classes.map((_, k) => k)
  for (const p of chart.points) if (!labels.includes(p.label)) labels.push(p.label)
  return labels
}

/**
 * The classifier's output over the plane as a heatmap, with the data points on top coloured by
 * class. Two classes: the grid is P(class 1), drawn on a diverging scale from class 0's colour
 * through white (p = 0.5, the boundary) to class 1's. More classes: the grid is the predicted
 * class index, each cell in a light tint of its class colour.
 * Option series: 0 the heatmap, then one scatter series per class. With `size` (pixels) the
 * cells snap to whole pixels.
 */
export function decisionBoundaryOption(chart: DecisionBoundaryChart, size?: ChartSize): ChartOption {
  const { grid } = chart
  const labels = classLabels(chart)
  const multiclass = chart.classes.length > 2
  // Two classes follow TensorFlow Playground: the positive class (1) blue, the other orange.
  const classColor = (k: number): string => paletteColor(multiclass ? k : 1 - k)
  const gridOption = heatmapGrid(grid, MARGINS, size)
  const axes = heatmapAxes(grid, chart.xLabel, chart.yLabel, plotSize(gridOption, MARGINS, size))
  const [lo, hi] = finiteRange(grid)
  const visualMap: NonNullable<ChartOption['visualMap']> = multiclass
    ? {
        type: 'piecewise',
        seriesIndex: 0,
        dimension: 2,
        show: false,
        pieces: labels.map((k) => ({ value: k, color: lighten(classColor(k), 0.6) })),
      }
    : {
        type: 'continuous',
        seriesIndex: 0,
        dimension: 2,
        min: Math.min(0, lo),
        max: Math.max(1, hi),
        inRange: { color: [lighten(classColor(0), 0.45), NEUTRAL, lighten(classColor(1), 0.45)] },
        calculable: false,
        hoverLink: false,
        right: 16,
        top: 'middle',
        orient: 'vertical',
        itemWidth: 14,
        itemHeight: 180,
        text: [`p = 1 (${className(chart, 1)})`, `p = 0 (${className(chart, 0)})`],
        textGap: 6,
        textStyle: { fontFamily: FONT_FAMILY, fontSize: 10, color: TEXT_COLOR },
      }
  const scatter: ScatterSeriesOption[] = labels.map((k) => ({
    type: 'scatter',
    name: className(chart, k),
    data: chart.points.filter((p) => p.label === k && Number.isFinite(p.x) && Number.isFinite(p.y)).map((p) => [p.x, p.y]),
    symbol: 'circle',
    symbolSize: 7,
    color: classColor(k),
    itemStyle: { color: classColor(k), borderColor: '#333333', borderWidth: 0.6, opacity: 0.95 },
    clip: true,
    progressive: 0,
    z: 3,
  }))
  return {
    ...baseOption(),
    title: titleOption(chart.title),
    legend: legendOption(labels.map((k) => className(chart, k))),
    tooltip: { trigger: 'item' },
    grid: gridOption,
    xAxis: axes.xAxis,
    yAxis: axes.yAxis,
    visualMap,
    series: [heatmapSeries(grid, multiclass ? 'predicted class' : `P(${className(chart, 1)})`), ...scatter],
  }
}
