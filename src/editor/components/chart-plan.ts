/**
 * How fg-chart goes from the chart it drew to a new one: append points, rebuild, or nothing.
 * Pure: the element follows the plan; tests check the decision without ECharts.
 */
import type { ChartData, TableData } from '../../charts/data.ts'
import type { ChartOption, SeriesAppend } from '../../charts/index.ts'
import { appendPoints, seriesOf } from '../../charts/index.ts'
import { deepEqual } from '../../charts/stream.ts'

export type ChartUpdatePlan =
  /** No chart: clear the drawing. */
  | { readonly kind: 'clear' }
  /** Nothing changed. */
  | { readonly kind: 'none' }
  /** Draw this table (tables are SVG from tableSvg, not ECharts). */
  | { readonly kind: 'table'; readonly table: TableData }
  /** Build the whole option again (`setOption(option, { notMerge: true })`). */
  | { readonly kind: 'rebuild' }
  /** Only append these points to the drawn series. */
  | { readonly kind: 'append'; readonly appends: readonly SeriesAppend[] }

export function planChartUpdate(previous: ChartData | null, next: ChartData | null): ChartUpdatePlan {
  if (next === null) return previous === null ? { kind: 'none' } : { kind: 'clear' }
  if (previous === next) return { kind: 'none' }
  if (next.kind === 'table') {
    return previous?.kind === 'table' && deepEqual(previous, next) ? { kind: 'none' } : { kind: 'table', table: next.table }
  }
  if (previous === null || previous.kind === 'table') return { kind: 'rebuild' }
  const appends = appendPoints(previous, next)
  if (appends === null) return { kind: 'rebuild' }
  if (appends.length === 0) return { kind: 'none' }
  return { kind: 'append', appends }
}

/** The plan that redraws `chart` from scratch (after a size change, say). */
export function fullRedraw(chart: ChartData | null): ChartUpdatePlan {
  if (chart === null) return { kind: 'clear' }
  return chart.kind === 'table' ? { kind: 'table', table: chart.table } : { kind: 'rebuild' }
}

/**
 * Applies appends to `option` in place (new data arrays for the grown series) and returns the
 * partial option to merge into the drawn chart: `{ series: [...] }` with the full data of just
 * the grown series (`{}` for the others, which merging leaves alone).
 */
export function applyAppends(option: ChartOption, appends: readonly SeriesAppend[]): ChartOption {
  const series = seriesOf(option) as { data?: unknown }[]
  const patch: Record<string, unknown>[] = []
  for (const { seriesIndex, points } of appends) {
    const s = series[seriesIndex]
    if (!s) continue
    const data = [...(Array.isArray(s.data) ? (s.data as unknown[]) : []), ...points]
    s.data = data
    while (patch.length <= seriesIndex) patch.push({})
    patch[seriesIndex] = { data }
  }
  return { series: patch } as ChartOption
}
