import type { Path, PathMark, TrajectoryChart } from '../../src/charts/data.ts'
import { tweakLabel } from './training-curves.ts'
import { effortFor } from '../../src/analysis/effort.ts'
import { cachedLandscape } from '../../src/analysis/landscape.ts'
import { defineNode, multiInput, output } from '../../src/runtime/define-node.ts'
import { Port } from '../../src/runtime/ports.ts'
import { param } from '../../src/graph/params.ts'
import type { TrainingSnapshot } from '../../src/runtime/values.ts'

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉'

/** "w₀", "w₁₂": the name of a weight by its index in the flat vector. */
export function weightName(index: number): string {
  return `w${String(index).replace(/\d/g, (d) => SUBSCRIPTS[Number(d)])}`
}

/** 12_345_678 → "12M": a count to the nearest thousand, million or billion. */
function compactCount(n: number): string {
  const units: [number, string][] = [[1e9, 'G'], [1e6, 'M'], [1e3, 'k']]
  for (const [size, unit] of units) if (n >= size) return `${Math.round(n / size)}${unit}`
  return String(Math.round(n))
}

function recorded(run: TrainingSnapshot): readonly (readonly number[])[] {
  if (!run.trajectory) throw new Error(`trainer ${run.label} does not record its trajectory: turn on 'record trajectory'`)
  return run.trajectory
}

/**
 * Where each live change of a run took effect on its path: the weights recorded at the change's
 * step (the trajectory holds one vector per `trajectoryEvery` steps), labelled as the training
 * curves label it ("SGD → Adam").
 */
function changeMarks(run: TrainingSnapshot, wx: number, wy: number): PathMark[] {
  const trajectory = run.trajectory ?? []
  return run.tweaks.flatMap((t, i) => {
    const w = trajectory[Math.min(Math.round(t.step / run.trajectoryEvery), trajectory.length - 1)]
    return w ? [{ at: [w[wx], w[wy]] as [number, number], label: tweakLabel(t, run.tweaks.slice(0, i)) }] : []
  })
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
    const marks = changeMarks(run, wx, wy)
    return { name: run.label, points: trajectory.map((w): [number, number] => [w[wx], w[wy]]), ...(marks.length > 0 ? { marks } : {}) }
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
