import type { ChartData } from '../../charts/data.ts'

/** A pointer event on a live chart, in CSS pixels from the chart's top left corner. */
export interface ChartPointer {
  readonly type: 'mousemove' | 'mousedown' | 'mouseup' | 'click' | 'mouseout'
  readonly x: number
  readonly y: number
}

/** Page → chart worker. Charts are known by ids the page gives them. */
export type ToChartWorker =
  /** Draw into this canvas (its control transferred) at this size in CSS pixels. */
  | { readonly kind: 'attach'; readonly id: number; readonly canvas: OffscreenCanvas; readonly width: number; readonly height: number; readonly dpr: number }
  /** The chart to show now (null: nothing; a table: nothing either, the page draws tables). */
  | { readonly kind: 'show'; readonly id: number; readonly chart: ChartData | null }
  | { readonly kind: 'resize'; readonly id: number; readonly width: number; readonly height: number }
  | { readonly kind: 'pointer'; readonly id: number; readonly pointer: ChartPointer }
  | { readonly kind: 'detach'; readonly id: number }

/** What a live chart reports after drawing or being used: plain data for the page to show and tests to read. */
export interface LiveChartReport {
  /** Series and points of the drawn option, as `optionCounts` gives them. */
  readonly series: number
  readonly points: number
  /** Why the chart could not be drawn, or null. */
  readonly error: string | null
  /** The legend entries switched off (a click on the legend). */
  readonly hidden: readonly string[]
  /** A tooltip is showing. */
  readonly tooltip: boolean
  /** The pointer's cursor over what it hovers (a legend entry: 'pointer'). */
  readonly cursor: string
}

/** Chart worker → page. */
export type FromChartWorker = { readonly kind: 'report'; readonly id: number; readonly report: LiveChartReport }
