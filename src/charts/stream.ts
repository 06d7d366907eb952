/**
 * Streaming: while training runs, a chart is re-emitted with longer series. When the new chart
 * only extends the old one, the editor appends the new points to the drawn chart (ECharts
 * `appendData`, or `setOption` with just those series' data) instead of rebuilding the option.
 */

import type { ChartData, LineSeries, Path } from './data.ts'
import type { DataPoint } from './points.ts'
import { seriesPoints, toPoint } from './points.ts'
import { trajectoryExtent } from './trajectory.ts'

export interface SeriesAppend {
  /** Index into the option's `series`, as built by `chartOption` for this chart. */
  seriesIndex: number
  /** New points in the option's data form: [x, y], or null for a gap. */
  points: DataPoint[]
}

/**
 * The points to append to go from `previous` to `next`, one entry per option series that grew
 * (an empty list when nothing changed), or null when `next` is not a pure extension — a
 * different kind, a series added, removed or renamed, an existing point changed, or any other
 * field changed (title, labels, markers, grids…): then rebuild the option.
 *
 * Only line, training-curves and trajectory charts stream (a trajectory step outside the range
 * the axes were built for also means rebuild); for the other kinds the result is [] when the
 * charts are equal and null otherwise.
 */
export function appendPoints(previous: ChartData, next: ChartData): SeriesAppend[] | null {
  switch (previous.kind) {
    case 'line': {
      if (next.kind !== 'line' || !sameExcept(previous, next, 'series')) return null
      return appendSeries(previous.series, next.series, 0, previous.yScale === 'log')
    }
    case 'training-curves': {
      if (next.kind !== 'training-curves' || !sameExcept(previous, next, 'panels')) return null
      if (previous.panels.length !== next.panels.length) return null
      const out: SeriesAppend[] = []
      let offset = 0
      for (let p = 0; p < previous.panels.length; p++) {
        const a = previous.panels[p]
        const b = next.panels[p]
        if (!sameExcept(a, b, 'series')) return null
        // A panel without series carries its markers on an extra series: keep it a rebuild.
        if (a.series.length === 0 || b.series.length === 0) {
          if (a.series.length !== b.series.length) return null
          continue
        }
        const grown = appendSeries(a.series, b.series, offset, false)
        if (!grown) return null
        out.push(...grown)
        offset += a.series.length
      }
      return out
    }
    case 'trajectory': {
      if (next.kind !== 'trajectory' || !sameExcept(previous, next, 'paths')) return null
      const grown = appendPaths(previous.paths, next.paths)
      if (!grown) return null
      // The axes' range is fixed when the option is built: a step out of it means rebuild.
      const { x, y } = trajectoryExtent(previous)
      const inside = (p: DataPoint): boolean => p === null || (p[0] >= x[0] && p[0] <= x[1] && p[1] >= y[0] && p[1] <= y[1])
      return grown.every((g) => g.points.every(inside)) ? grown : null
    }
    case 'decision-boundary':
    case 'landscape':
    case 'table':
      return deepEqual(previous, next) ? [] : null
  }
}

function appendSeries(a: LineSeries[], b: LineSeries[], offset: number, logY: boolean): SeriesAppend[] | null {
  if (a.length !== b.length) return null
  const out: SeriesAppend[] = []
  for (let k = 0; k < a.length; k++) {
    const s = a[k]
    const t = b[k]
    if (s.name !== t.name || !isPrefix(s.x, t.x) || !isPrefix(s.y, t.y)) return null
    const from = Math.min(s.x.length, s.y.length)
    const points = seriesPoints(t, logY, from)
    if (points.length > 0) out.push({ seriesIndex: offset + k, points })
  }
  return out
}

function appendPaths(a: Path[], b: Path[]): SeriesAppend[] | null {
  if (a.length !== b.length) return null
  const out: SeriesAppend[] = []
  for (let k = 0; k < a.length; k++) {
    const s = a[k]
    const t = b[k]
    if (s.name !== t.name || t.points.length < s.points.length) return null
    // The start marker is placed when the option is built: a path's first point means rebuild.
    if (s.points.length === 0 && t.points.length > 0) return null
    for (let i = 0; i < s.points.length; i++) {
      if (!Object.is(s.points[i][0], t.points[i][0]) || !Object.is(s.points[i][1], t.points[i][1])) return null
    }
    if (t.points.length > s.points.length) {
      out.push({ seriesIndex: k, points: t.points.slice(s.points.length).map(([x, y]) => toPoint(x, y)) })
    }
  }
  return out
}

function isPrefix(a: number[], b: number[]): boolean {
  if (b.length < a.length) return false
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false
  return true
}

/** Deep equality of the two objects' fields other than `key`. */
function sameExcept<T extends object>(a: T, b: T, key: keyof T): boolean {
  const keys = new Set<string>([...Object.keys(a), ...Object.keys(b)])
  keys.delete(key as string)
  for (const k of keys) {
    if (!deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false
  }
  return true
}

/** Structural equality of JSON-like values (NaN equals NaN; absent equals undefined). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false
    return true
  }
  const ra = a as Record<string, unknown>
  const rb = b as Record<string, unknown>
  const keys = new Set([...Object.keys(ra), ...Object.keys(rb)])
  for (const k of keys) if (!deepEqual(ra[k], rb[k])) return false
  return true
}
