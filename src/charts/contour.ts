/**
 * Iso-lines of a gridded scalar field by marching squares. ECharts has no contour series,
 * so the builders draw each level's polylines as a plain line series.
 */

import type { Bounds, Grid } from './data.ts'

export interface ContourLine {
  level: number
  /** In data coordinates: x from grid.x, y from grid.y (linearly interpolated along cell edges). */
  points: [number, number][]
  /** True when the line comes back to its start (the last point repeats the first). */
  closed: boolean
}

/**
 * The polylines where `grid.z` crosses `level`. A corner counts as inside when its value is
 * greater than the level; cells with a non-finite corner are skipped (a line ends there).
 * Segments are joined through the cell edges they share, so each returned line is continuous.
 */
export function contourLines(grid: Grid, level: number): ContourLine[] {
  const { x, y, z } = grid
  const rows = Math.min(y.length, z.length)
  const cols = x.length
  if (rows < 2 || cols < 2 || !Number.isFinite(level)) return []

  // Each crossing sits on one grid edge: 'h' edges join (i,j)-(i,j+1), 'v' edges (i,j)-(i+1,j).
  const pointOf = new Map<string, [number, number]>()
  const neighbours = new Map<string, string[]>()

  const crossing = (key: string, x0: number, y0: number, z0: number, x1: number, y1: number, z1: number): string => {
    if (!pointOf.has(key)) {
      const t = (level - z0) / (z1 - z0)
      pointOf.set(key, [x0 + t * (x1 - x0), y0 + t * (y1 - y0)])
    }
    return key
  }
  const link = (a: string, b: string): void => {
    for (const [from, to] of [[a, b], [b, a]] as const) {
      const list = neighbours.get(from)
      if (list) list.push(to)
      else neighbours.set(from, [to])
    }
  }

  for (let i = 0; i + 1 < rows; i++) {
    for (let j = 0; j + 1 < cols; j++) {
      const z00 = z[i][j], z01 = z[i][j + 1], z10 = z[i + 1][j], z11 = z[i + 1][j + 1]
      if (!(Number.isFinite(z00) && Number.isFinite(z01) && Number.isFinite(z10) && Number.isFinite(z11))) continue
      // Corner bits: bottom-left 1, bottom-right 2, top-right 4, top-left 8 (row i is the bottom).
      const code = (z00 > level ? 1 : 0) | (z01 > level ? 2 : 0) | (z11 > level ? 4 : 0) | (z10 > level ? 8 : 0)
      if (code === 0 || code === 15) continue
      const bottom = (): string => crossing(`h${i},${j}`, x[j], y[i], z00, x[j + 1], y[i], z01)
      const top = (): string => crossing(`h${i + 1},${j}`, x[j], y[i + 1], z10, x[j + 1], y[i + 1], z11)
      const left = (): string => crossing(`v${i},${j}`, x[j], y[i], z00, x[j], y[i + 1], z10)
      const right = (): string => crossing(`v${i},${j + 1}`, x[j + 1], y[i], z01, x[j + 1], y[i + 1], z11)
      switch (code) {
        case 1: case 14: link(left(), bottom()); break
        case 2: case 13: link(bottom(), right()); break
        case 3: case 12: link(left(), right()); break
        case 4: case 11: link(top(), right()); break
        case 6: case 9: link(bottom(), top()); break
        case 7: case 8: link(left(), top()); break
        case 5: case 10: {
          // Saddle: the centre value decides which opposite corners connect.
          const centreInside = (z00 + z01 + z10 + z11) / 4 > level
          if ((code === 5) === centreInside) {
            link(left(), top()); link(bottom(), right())
          } else {
            link(left(), bottom()); link(top(), right())
          }
          break
        }
      }
    }
  }

  return chainSegments(level, pointOf, neighbours)
}

function chainSegments(level: number, pointOf: Map<string, [number, number]>, neighbours: Map<string, string[]>): ContourLine[] {
  const lines: ContourLine[] = []
  const visited = new Set<string>()
  const walk = (start: string): ContourLine => {
    const keys = [start]
    visited.add(start)
    let previous: string | null = null
    let current = start
    let closed = false
    for (;;) {
      const next: string | undefined = (neighbours.get(current) ?? []).find((k) => k !== previous && !visited.has(k))
      if (next === undefined) {
        closed = keys.length > 2 && (neighbours.get(current) ?? []).includes(start)
        break
      }
      visited.add(next)
      keys.push(next)
      previous = current
      current = next
    }
    const points = keys.map((k) => pointOf.get(k) as [number, number])
    if (closed) points.push([points[0][0], points[0][1]])
    return { level, points, closed }
  }
  // Open lines first, walked from an end (an edge crossing with one neighbour: the grid border
  // or a skipped cell), then whatever remains is a loop.
  for (const [key, list] of neighbours) {
    if (list.length === 1 && !visited.has(key)) lines.push(walk(key))
  }
  for (const key of neighbours.keys()) {
    if (!visited.has(key)) lines.push(walk(key))
  }
  return lines
}

/**
 * `count` contour levels at evenly spaced quantiles of the finite values of `grid.z` (strictly
 * between the minimum and the maximum), so a steep bowl shows rings in the valley as well as on
 * the walls. Ascending, without duplicates (flat fields give fewer). With `region`, only the
 * values shown there count, so a grid reaching past the chart keeps its rings where they are seen.
 */
export function contourLevels(grid: Grid, count = 10, region?: Bounds): number[] {
  const values: number[] = []
  const inRegion = (value: number, range: [number, number] | undefined): boolean => !range || (value >= range[0] && value <= range[1])
  grid.z.forEach((row, i) => {
    if (!inRegion(grid.y[i], region?.y)) return
    row.forEach((v, j) => {
      if (Number.isFinite(v) && inRegion(grid.x[j], region?.x)) values.push(v)
    })
  })
  if (values.length === 0 || count < 1) return []
  values.sort((a, b) => a - b)
  const lo = values[0]
  const hi = values[values.length - 1]
  const levels: number[] = []
  for (let k = 1; k <= count; k++) {
    const level = quantile(values, k / (count + 1))
    if (level > lo && level < hi && (levels.length === 0 || level > levels[levels.length - 1])) levels.push(level)
  }
  return levels
}

function quantile(sorted: number[], q: number): number {
  const pos = q * (sorted.length - 1)
  const i = Math.floor(pos)
  const frac = pos - i
  return i + 1 < sorted.length ? sorted[i] + frac * (sorted[i + 1] - sorted[i]) : sorted[i]
}
