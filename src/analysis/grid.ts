/**
 * A function sampled on a rectangular grid, and the square view around a set of points:
 * what a contour is drawn from. src/charts' chart data reuse this Grid type.
 */

export interface Grid {
  x: number[]
  y: number[]
  /** z[i][j] is the value at (x[j], y[i]). */
  z: number[][]
}

/** [[min x, max x], [min y, max y]]: the region a view or a grid covers. */
export type Limits = [[number, number], [number, number]]

/** [min x, max x, min y, max y] of the points (a loop: paths can be too long to spread). */
export function bounds(points: readonly (readonly [number, number])[]): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, -Infinity, Infinity, -Infinity]
  for (const [x, y] of points) {
    if (x < b[0]) b[0] = x
    if (x > b[1]) b[1] = x
    if (y < b[2]) b[2] = y
    if (y > b[3]) b[3] = y
  }
  return b
}

/**
 * The chapter's get_lims: the bounding box of all points widened by 1 on every side, then
 * the shorter side stretched about its middle to the longer one's length (a square view).
 */
export function squareLimits(points: readonly (readonly [number, number])[]): Limits {
  const [x0, x1, y0, y1] = bounds(points)
  let x: [number, number] = [x0 - 1, x1 + 1]
  let y: [number, number] = [y0 - 1, y1 + 1]
  const stretch = (lim: [number, number], size: number): [number, number] => {
    const middle = (lim[0] + lim[1]) / 2
    return [middle - size / 2, middle + size / 2]
  }
  if (x[1] - x[0] > y[1] - y[0]) y = stretch(y, x[1] - x[0])
  else x = stretch(x, y[1] - y[0])
  return [x, y]
}

/** `n` evenly spaced values from lim[0] to exactly lim[1]. */
function spaced(lim: readonly [number, number], n: number): number[] {
  return Array.from({ length: n }, (_, i) => (i === n - 1 ? lim[1] : lim[0] + (i * (lim[1] - lim[0])) / (n - 1)))
}

/** f on a grid over the limits, `columns` × `rows` points: z[i][j] = f(x[j], y[i]). */
export function contourGrid(f: (a: number, b: number) => number, limits: Limits, columns: number, rows = columns): Grid {
  const x = spaced(limits[0], columns)
  const y = spaced(limits[1], rows)
  return { x, y, z: y.map((b) => x.map((a) => f(a, b))) }
}
