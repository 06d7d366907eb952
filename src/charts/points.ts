/** Series data as ECharts wants it: [x, y] pairs, with gaps where a value can't be drawn. */

import type { LineSeries } from './data.ts'

/** A drawable point, or null for a gap (non-finite value, or y <= 0 on a log axis). */
export type DataPoint = [number, number] | null

export function toPoint(x: number, y: number, logY = false): DataPoint {
  if (!Number.isFinite(x) || !Number.isFinite(y) || (logY && y <= 0)) return null
  return [x, y]
}

/** The points of `series` from index `from` on (pairs up to the shorter of x and y). */
export function seriesPoints(series: LineSeries, logY = false, from = 0): DataPoint[] {
  const n = Math.min(series.x.length, series.y.length)
  const out: DataPoint[] = []
  for (let i = from; i < n; i++) out.push(toPoint(series.x[i], series.y[i], logY))
  return out
}
