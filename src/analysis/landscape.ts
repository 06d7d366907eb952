import type { Effort } from './effort.ts'
import { bounds, contourGrid, squareLimits } from './grid.ts'
import type { Grid, Limits } from './grid.ts'
import { nelderMead } from './nelder-mead.ts'

/**
 * How far the contour reaches beyond the square view: charts are drawn with equal aspect, so
 * a chart 3 times wider than tall (a plot node, the CLI's 800×400) or 1.5 times taller than
 * wide shows that much more of the plane, and it should show contour lines there too.
 */
export const CONTOUR_REACH = { x: 3, y: 1.5 }

function widened(lim: readonly [number, number], factor: number): [number, number] {
  const middle = (lim[0] + lim[1]) / 2
  const half = ((lim[1] - lim[0]) * factor) / 2
  return [middle - half, middle + half]
}

/** The contour over the reach of a square view, with square cells: `resolution` rows. */
function reachingContour(f: (a: number, b: number) => number, view: Limits, resolution: number): Grid {
  const columns = Math.round((resolution * CONTOUR_REACH.x) / CONTOUR_REACH.y)
  return contourGrid(f, [widened(view[0], CONTOUR_REACH.x), widened(view[1], CONTOUR_REACH.y)], columns, resolution)
}

/**
 * The minimum of f near a grid: start from the grid's lowest point and refine with
 * Nelder–Mead, starting with a simplex one grid cell wide.
 */
export function refineMinimum(f: (a: number, b: number) => number, grid: Grid, maxIterations = 1000): [number, number] {
  let best = Infinity
  let start: [number, number] = [grid.x[0], grid.y[0]]
  grid.z.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v < best) {
        best = v
        start = [grid.x[j], grid.y[i]]
      }
    }),
  )
  const cell = [grid.x[1] - grid.x[0], grid.y[1] - grid.y[0]]
  const result = nelderMead((w) => f(w[0], w[1]), start, { step: cell, fTolerance: 1e-12, xTolerance: 1e-9, maxIterations })
  return [result.x[0], result.x[1]]
}

function inside(p: readonly [number, number], limits: Limits, margin: number): boolean {
  return p[0] >= limits[0][0] + margin && p[0] <= limits[0][1] - margin && p[1] >= limits[1][0] + margin && p[1] <= limits[1][1] - margin
}

function sameLimits(a: Limits, b: Limits): boolean {
  return a[0][0] === b[0][0] && a[0][1] === b[0][1] && a[1][0] === b[1][0] && a[1][1] === b[1][1]
}

export interface Landscape {
  view: Limits
  contour: Grid
  optimum: [number, number] | null
}

/**
 * The contour and optimum over two weights, the others held at `base`. The view is
 * squareLimits of the paths and the optimum, looked for near the paths and, failing that, over
 * a wide square around the start; a loss that keeps falling has none, and nothing is marked.
 */
export function landscape(lossAt: (w: readonly number[]) => number, base: readonly number[], wx: number, wy: number, pathPoints: readonly [number, number][], effort: Effort): Landscape {
  const resolution = effort.rows
  const w = [...base]
  const f = (a: number, b: number): number => {
    w[wx] = a
    w[wy] = b
    return lossAt(w)
  }
  const around = squareLimits(pathPoints)
  const contour = reachingContour(f, around, resolution)
  const optimum = refineMinimum(f, contour, effort.optimumIterations)
  const size = around[0][1] - around[0][0]
  const found = optimum.every(Number.isFinite) && inside(optimum, [[around[0][0] - size, around[0][1] + size], [around[1][0] - size, around[1][1] + size]], 0)
  const bottom = found ? optimum : wideOptimum(f, pathPoints[0], resolution, effort.optimumIterations)
  if (!bottom) return { view: around, contour, optimum: null }
  const view = squareLimits([...pathPoints, bottom])
  return { view, contour: sameLimits(view, around) ? contour : reachingContour(f, view, resolution), optimum: bottom }
}

/** How far the wide search reaches around the start: ±10 times its largest coordinate, and at least ±10. */
const WIDE_SEARCH = 10

/**
 * The optimum over a wide square around the first path's start, when none lies near the paths:
 * before a run (one point, a ±1 square) or early in it, a class sees the bowl and its bottom,
 * and the view does not jump when the paths reach it. A grid minimum on the square's edge
 * means the loss keeps falling that way: no optimum then.
 */
function wideOptimum(f: (a: number, b: number) => number, start: readonly [number, number], resolution: number, iterations: number): [number, number] | null {
  const half = WIDE_SEARCH * Math.max(1, Math.abs(start[0]), Math.abs(start[1]))
  const grid = contourGrid(f, [[start[0] - half, start[0] + half], [start[1] - half, start[1] + half]], resolution, resolution)
  const cell = grid.x[1] - grid.x[0]
  const optimum = refineMinimum(f, grid, iterations)
  const limits: Limits = [[grid.x[0], grid.x[grid.x.length - 1]], [grid.y[0], grid.y[grid.y.length - 1]]]
  return optimum.every(Number.isFinite) && inside(optimum, limits, cell) ? optimum : null
}

interface CacheEntry {
  key: string
  base: number[]
  result: Landscape
}

// The landscape depends on the run's loss function, the view and the fixed weights only:
// a trajectory plot is re-evaluated at every training snapshot, but most do not move these.
const cache = new WeakMap<(w: readonly number[]) => number, CacheEntry>()

/** landscape(), remembered per loss function while the other weights and the view stay put. */
export function cachedLandscape(lossAt: (w: readonly number[]) => number, base: readonly number[], wx: number, wy: number, points: [number, number][], effort: Effort): Landscape {
  const others = base.filter((_, i) => i !== wx && i !== wy)
  const key = JSON.stringify([wx, wy, effort, ...bounds(points)])
  const hit = cache.get(lossAt)
  if (hit && hit.key === key && hit.base.length === others.length && hit.base.every((v, i) => v === others[i])) return hit.result
  const result = landscape(lossAt, base, wx, wy, points, effort)
  cache.set(lossAt, { key, base: others, result })
  return result
}
