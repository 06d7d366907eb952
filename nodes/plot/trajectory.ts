import type { Grid, Path, TrajectoryChart } from '../../src/charts/data.ts'
import { defineNode, multiInput, output } from '../../src/runtime/define-node.ts'
import { Port } from '../../src/runtime/ports.ts'
import { param } from '../../src/graph/params.ts'
import type { TrainingSnapshot } from '../../src/runtime/values.ts'
import { nelderMead } from './nelder-mead.ts'

export type Limits = [[number, number], [number, number]]

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉'

/** "w₀", "w₁₂": the name of a weight by its index in the flat vector. */
export function weightName(index: number): string {
  return `w${String(index).replace(/\d/g, (d) => SUBSCRIPTS[Number(d)])}`
}

/** [min x, max x, min y, max y] of the points (a loop: paths can be too long to spread). */
function bounds(points: readonly (readonly [number, number])[]): [number, number, number, number] {
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

function spaced(lim: readonly [number, number], n: number): number[] {
  return Array.from({ length: n }, (_, i) => (i === n - 1 ? lim[1] : lim[0] + (i * (lim[1] - lim[0])) / (n - 1)))
}

/** f on a grid over the limits, `columns` × `rows` points: z[i][j] = f(x[j], y[i]). */
export function contourGrid(f: (a: number, b: number) => number, limits: Limits, columns: number, rows = columns): Grid {
  const x = spaced(limits[0], columns)
  const y = spaced(limits[1], rows)
  return { x, y, z: y.map((b) => x.map((a) => f(a, b))) }
}

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

/**
 * The multiply-adds a trajectory plot may spend on its contour and optimum each time it is
 * evaluated (a tenth of a second or so): it is re-evaluated as training runs, and must never
 * stall the training it watches.
 */
export const CONTOUR_BUDGET = 3e8
const MIN_ROWS = 6

/** How fine a contour and how long an optimum search fit the budget. */
export interface Effort {
  rows: number
  optimumIterations: number
}

/**
 * The effort the budget allows when one loss evaluation costs `lossCost` multiply-adds: up to
 * two grids of rows × 2·rows and the optimum's search share it. Null when even a coarse grid
 * would not fit (a large network on many samples): then the plot shows the paths alone.
 */
export function effortFor(lossCost: number, resolution: number): Effort | null {
  const evaluations = CONTOUR_BUDGET / Math.max(1, lossCost)
  const affordable = Math.floor(Math.sqrt(evaluations / 6))
  if (affordable < Math.min(MIN_ROWS, resolution)) return null
  return { rows: Math.min(resolution, affordable), optimumIterations: Math.min(1000, Math.floor(evaluations / 3)) }
}

/** 12_345_678 → "12M": a count to the nearest thousand, million or billion. */
function compactCount(n: number): string {
  const units: [number, string][] = [[1e9, 'G'], [1e6, 'M'], [1e3, 'k']]
  for (const [size, unit] of units) if (n >= size) return `${Math.round(n / size)}${unit}`
  return String(Math.round(n))
}

interface Landscape {
  view: Limits
  contour: Grid
  optimum: [number, number] | null
}

/**
 * The contour and optimum over two weights, the others held at `base`. The view is
 * squareLimits of the paths and the optimum; an optimum far outside the paths' region
 * (or none: a loss that keeps falling) is left unmarked rather than zooming out to it.
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
  if (!optimum.every(Number.isFinite) || !inside(optimum, [[around[0][0] - size, around[0][1] + size], [around[1][0] - size, around[1][1] + size]], 0)) return { view: around, contour, optimum: null }
  const view = squareLimits([...pathPoints, optimum])
  return { view, contour: sameLimits(view, around) ? contour : reachingContour(f, view, resolution), optimum }
}

interface CacheEntry {
  key: string
  base: number[]
  result: Landscape
}

// The landscape depends on the run's loss function, the view and the fixed weights only:
// a trajectory plot is re-evaluated at every training snapshot, but most do not move these.
const cache = new WeakMap<(w: readonly number[]) => number, CacheEntry>()

function cachedLandscape(lossAt: (w: readonly number[]) => number, base: readonly number[], wx: number, wy: number, points: [number, number][], effort: Effort): Landscape {
  const others = base.filter((_, i) => i !== wx && i !== wy)
  const key = JSON.stringify([wx, wy, effort, ...bounds(points)])
  const hit = cache.get(lossAt)
  if (hit && hit.key === key && hit.base.length === others.length && hit.base.every((v, i) => v === others[i])) return hit.result
  const result = landscape(lossAt, base, wx, wy, points, effort)
  cache.set(lossAt, { key, base: others, result })
  return result
}

function recorded(run: TrainingSnapshot): readonly (readonly number[])[] {
  if (!run.trajectory) throw new Error(`trainer ${run.label} does not record its trajectory: turn on 'record trajectory'`)
  return run.trajectory
}

/** Paths over two weights for every run, over the loss contour of the first run. */
export function trajectoryChart(runs: readonly TrainingSnapshot[], wx: number, wy: number, resolution: number, title: string): TrajectoryChart {
  if (wx === wy) throw new Error(`weightX and weightY are both ${wx}: pick two different weights`)
  const paths: Path[] = runs.map((run) => {
    const trajectory = recorded(run)
    const count = trajectory[0]?.length ?? 0
    for (const [name, index] of [['weightX', wx], ['weightY', wy]] as const) {
      if (trajectory.length > 0 && index >= count) throw new Error(`${name} ${index} is out of range: trainer ${run.label}'s model has ${count} weights (0…${count - 1})`)
    }
    return { name: run.label, points: trajectory.map((w): [number, number] => [w[wx], w[wy]]) }
  })
  const chart: TrajectoryChart = { kind: 'trajectory', title, xLabel: weightName(wx), yLabel: weightName(wy), view: null, contour: null, note: null, paths, optimum: null }
  const reference = runs.find((r) => r.lossAt !== null && (r.trajectory?.length ?? 0) > 0)
  const points = paths.flatMap((p) => p.points)
  if (!reference?.lossAt || !reference.trajectory || points.length === 0) return chart
  const effort = effortFor(reference.lossCost, resolution)
  if (!effort) return { ...chart, note: `no contour: one loss evaluation costs ~${compactCount(reference.lossCost)} multiply-adds, too many to redraw while training` }
  const base = reference.trajectory[reference.trajectory.length - 1]
  const { view, contour, optimum } = cachedLandscape(reference.lossAt, base, wx, wy, points, effort)
  return { ...chart, view: { x: view[0], y: view[1] }, contour, optimum }
}

export default defineNode({
  type: 'plot/trajectory',
  title: 'Trajectory',
  doc: "The path two weights take during training, drawn over the contour lines of the loss, with the optimum marked (+): the chapter's GD vs SGD picture. Gradient descent walks straight down the slope; SGD zig-zags because each minibatch only estimates the gradient. Connect one or more trainers with 'record trajectory' on. In a model with more than two weights, the contour varies the two chosen weights and holds the others at their latest values in the first trainer. The contour is redrawn as training runs within a fixed amount of work: on a large network it gets coarser, or is left out (the chart says so).",
  inputs: { runs: multiInput(Port.Training, { doc: "Trainers with 'record trajectory' on; each draws one path, named by its title." }) },
  outputs: { chart: output(Port.Chart) },
  params: {
    weightX: param.integer({ default: 0, min: 0, max: 10_000_000, label: 'x weight', doc: 'Which weight is the x axis: its index in the flat list of all weights (kernels and biases, layer by layer).' }),
    weightY: param.integer({ default: 1, min: 0, max: 10_000_000, label: 'y weight', doc: 'Which weight is the y axis, by index in the flat list of weights.' }),
    resolution: param.integer({ default: 40, min: 5, max: 200, doc: 'Rows of the contour grid; it has twice as many columns, since it reaches past the paths to fill wide charts (the loss is computed 2·resolution² times).' }),
    title: param.string({ default: 'Trajectory', doc: 'The chart title.' }),
  },
  evaluate: ({ inputs, params }) => ({ chart: trajectoryChart(inputs.runs, params.weightX, params.weightY, params.resolution, params.title) }),
})
