/** The ECharts option type composed from exactly the charts and components Flowgrad registers. */

import type { ComposeOption } from 'echarts/core'
import type { HeatmapSeriesOption, LineSeriesOption, ScatterSeriesOption } from 'echarts/charts'
import type {
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  MarkPointComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
  VisualMapComponentOption,
} from 'echarts/components'

export type { HeatmapSeriesOption, LineSeriesOption, ScatterSeriesOption }

export type ChartOption = ComposeOption<
  | LineSeriesOption
  | ScatterSeriesOption
  | HeatmapSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TitleComponentOption
  | TooltipComponentOption
  | MarkLineComponentOption
  | MarkPointComponentOption
  | VisualMapComponentOption
>

type Single<T> = T extends readonly unknown[] ? never : T

export type XAxisOption = Single<NonNullable<ChartOption['xAxis']>>
export type YAxisOption = Single<NonNullable<ChartOption['yAxis']>>
export type GridOption = Single<NonNullable<ChartOption['grid']>>
export type TitleOption = Single<NonNullable<ChartOption['title']>>
export type LegendOption = Single<NonNullable<ChartOption['legend']>>
export type SeriesOption = LineSeriesOption | ScatterSeriesOption | HeatmapSeriesOption

/** Pixel size of the chart, when known: used to keep equal x/y aspect. */
export interface ChartSize {
  width: number
  height: number
}
