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
 * whole pixels, and a line chart's plot makes room for a legend that wraps.
 */
export function chartOption(chart: EChartsChartData, size?: ChartSize): ChartOption {
  const option = build(chart, size)
  return size ? fitTitle(option, size.width) : option
}

function build(chart: EChartsChartData, size?: ChartSize): ChartOption {
  switch (chart.kind) {
    case 'line': return lineOption(chart, size)
    case 'training-curves': return trainingCurvesOption(chart, size)
    case 'trajectory': return trajectoryOption(chart, size)
    case 'decision-boundary': return decisionBoundaryOption(chart, size)
    case 'landscape': return landscapeOption(chart, size)
  }
}

/** Bold DejaVu Sans averages 0.54–0.6 em a character in the examples' titles: 0.6 errs towards fitting. */
const TITLE_EM_PER_CHARACTER = 0.6
/** A title shrinks to fit down to this size (pixels before any presentation scaling), then ends in "…". */
const TITLE_MIN_FONT_SIZE = 10

/**
 * A title longer than its chart is set smaller until it fits, whole words and all; one still
 * too long at the smallest size (a plot inside a node) ends in "…" instead of being cut.
 * With several titles (training curves: the chart's, then one per panel) the first is the chart's.
 */
function fitTitle(option: ChartOption, width: number): ChartOption {
  const room = Math.max(40, width - 24)
  const fitted = (text: string | undefined, size: number): number => {
    const needed = (text ?? '').length * TITLE_EM_PER_CHARACTER * size
    return needed <= room ? size : Math.max(TITLE_MIN_FONT_SIZE, Math.floor((size * room) / needed))
  }
  const fit = (title: TitleOption): TitleOption => ({
    ...title,
    textStyle: { ...title.textStyle, fontSize: fitted(title.text, typeof title.textStyle?.fontSize === 'number' ? title.textStyle.fontSize : 16), width: room, overflow: 'truncate' },
    ...(title.subtext ? { subtextStyle: { ...title.subtextStyle, width: room, overflow: 'truncate' } } : {}),
  })
  const title = option.title
  if (!title) return option
  if (Array.isArray(title)) return title.length > 0 ? { ...option, title: [fit(title[0]), ...title.slice(1)] } : option
  return { ...option, title: fit(title) }
}
