/**
 * A chart painted to SVG markup away from the page (ECharts' SSR mode, no DOM): the editor's
 * worker paints the charts on the canvas this way, so the page only swaps finished markup in.
 */

import type { ChartOption, ChartSize } from './option-types.ts'
import type { EChartsChartData } from './option.ts'
import { chartOption } from './option.ts'
import { optionSvg } from './svg.ts'

export interface ChartPicture {
  /** SVG markup with a viewBox: stretched to a new size until it is painted again. */
  readonly svg: string
  readonly width: number
  readonly height: number
  /** Series and drawn points, as in `optionCounts`. */
  readonly series: number
  readonly points: number
  /** Why the chart could not be painted (then `svg` is empty). */
  readonly error: string | null
}

type SeriesList = readonly { data?: unknown }[]

/** The option's series as a list (ECharts accepts one series or an array). */
export function seriesOf(option: ChartOption): SeriesList {
  const series = option.series
  if (series === undefined) return []
  return (Array.isArray(series) ? series : [series]) as SeriesList
}

/** Series and drawn points (non-null data items) of an option: what a chart reports for tests. */
export function optionCounts(option: ChartOption): { series: number; points: number } {
  const series = seriesOf(option)
  let points = 0
  for (const s of series) {
    if (Array.isArray(s.data)) for (const d of s.data as unknown[]) if (d !== null && d !== undefined) points++
  }
  return { series: series.length, points }
}

/** Paints a chart at a size; a chart ECharts fails on gives a picture carrying the error. */
export function paintChart(chart: EChartsChartData, size: ChartSize): ChartPicture {
  try {
    const option = chartOption(chart, size)
    return { svg: optionSvg(option, size), width: size.width, height: size.height, ...optionCounts(option), error: null }
  } catch (e) {
    return { svg: '', width: size.width, height: size.height, series: 0, points: 0, error: e instanceof Error ? e.message : String(e) }
  }
}
