/** Reading the loosely typed ECharts option in tests. */

import type { ChartOption, HeatmapSeriesOption, LineSeriesOption, ScatterSeriesOption } from '../../src/charts/option-types.ts'

export type AnySeries = LineSeriesOption | ScatterSeriesOption | HeatmapSeriesOption

export function seriesOf(option: ChartOption): AnySeries[] {
  const series = option.series
  if (!Array.isArray(series)) throw new Error('expected an array of series')
  return series as AnySeries[]
}

export function asArray<T>(value: T | T[] | undefined): T[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value]
}

export function lineSeries(option: ChartOption): LineSeriesOption[] {
  return seriesOf(option).filter((s): s is LineSeriesOption => s.type === 'line')
}

export function legendNames(option: ChartOption): unknown[] {
  return asArray(option.legend).flatMap((l) => (l.data ?? []) as unknown[])
}

export function markLineLabels(series: AnySeries): string[] {
  if (series.type !== 'line') return []
  const data = (series.markLine?.data ?? []) as { name?: string }[]
  return data.map((d) => d.name ?? '')
}
