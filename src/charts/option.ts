import type { ChartData, TableChart } from './data.ts'
import type { ChartOption, ChartSize, TitleOption } from './option-types.ts'
import { decisionBoundaryOption } from './decision-boundary.ts'
import { landscapeOption } from './landscape.ts'
import { lineOption } from './line.ts'
import { trainingCurvesOption } from './training-curves.ts'
import { trajectoryOption } from './trajectory.ts'

/** Every chart kind ECharts draws (all but 'table', which is drawn by tableSvg). */
export type EChartsChartData = Exclude<ChartData, TableChart>

export function isEChartsChart(chart: ChartData): chart is EChartsChartData {
  return chart.kind !== 'table'
}

/**
 * The ECharts option for a chart. `size` (pixels) is optional: when given, trajectory charts
 * keep equal x/y aspect for that size and heatmap cells (decision boundary, landscape) snap to
 * whole pixels; line and training-curves charts ignore it.
 */
export function chartOption(chart: EChartsChartData, size?: ChartSize): ChartOption {
  const option = build(chart, size)
  return size ? fitTitle(option, size.width) : option
}

function build(chart: EChartsChartData, size?: ChartSize): ChartOption {
  switch (chart.kind) {
    case 'line': return lineOption(chart)
    case 'training-curves': return trainingCurvesOption(chart, size)
    case 'trajectory': return trajectoryOption(chart, size)
    case 'decision-boundary': return decisionBoundaryOption(chart, size)
    case 'landscape': return landscapeOption(chart, size)
  }
}

/**
 * A title longer than a small chart (a plot inside a node) ends in "…" instead of being cut.
 * With several titles (training curves: the chart's, then one per panel) the first is the chart's.
 */
function fitTitle(option: ChartOption, width: number): ChartOption {
  const room = { width: Math.max(40, width - 24), overflow: 'truncate' as const }
  const fit = (title: TitleOption): TitleOption => ({
    ...title,
    textStyle: { ...title.textStyle, ...room },
    ...(title.subtext ? { subtextStyle: { ...title.subtextStyle, ...room } } : {}),
  })
  const title = option.title
  if (!title) return option
  if (Array.isArray(title)) return title.length > 0 ? { ...option, title: [fit(title[0]), ...title.slice(1)] } : option
  return { ...option, title: fit(title) }
}
