import type { DecisionBoundaryChart, LabelledPoint } from '../../src/charts/data.ts'
import { fromStorage } from '../../src/core/index.ts'
import type { Tensor } from '../../src/core/index.ts'
import { defineNode, input, output } from '../../src/runtime/define-node.ts'
import { Port } from '../../src/runtime/ports.ts'
import { param } from '../../src/graph/params.ts'
import type { Dataset } from '../../src/runtime/values.ts'
import { exp } from '../../src/core/math.ts'

/** Each row's class index: ±1 labels become 0/1, one-hot rows their argmax. */
export function classLabels(data: Dataset): number[] {
  const { y } = data
  const rows = y.shape[0]
  const cols = y.size / Math.max(rows, 1)
  switch (data.encoding) {
    case 'sign':
      return Array.from({ length: rows }, (_, r) => (y.data[r * cols] > 0 ? 1 : 0))
    case 'one-hot':
      return Array.from({ length: rows }, (_, r) => {
        let best = 0
        for (let c = 1; c < cols; c++) if (y.data[r * cols + c] > y.data[r * cols + best]) best = c
        return best
      })
    case 'index':
    case 'binary':
      return Array.from({ length: rows }, (_, r) => Math.round(y.data[r * cols]))
    case 'real':
      throw new Error(`a decision boundary needs class labels, but the data set "${data.name}" has real-valued targets`)
  }
}

function classNames(data: Dataset, labels: readonly number[]): string[] {
  if (data.classes) return [...data.classes]
  if (data.encoding === 'sign') return ['−1', '+1']
  const count = labels.reduce((m, v) => Math.max(m, v), 1) + 1
  return Array.from({ length: count }, (_, k) => String(k))
}

/** [low, high] of a feature column, widened by 10% of its span on each side. */
function padded(x: Tensor, column: number): [number, number] {
  const [rows, cols] = x.shape
  let lo = Infinity
  let hi = -Infinity
  for (let r = 0; r < rows; r++) {
    const v = x.data[r * cols + column]
    if (v < lo) lo = v
    if (v > hi) hi = v
  }
  const pad = hi > lo ? 0.1 * (hi - lo) : 1
  return [lo - pad, hi + pad]
}

function spaced([lo, hi]: [number, number], n: number): number[] {
  return Array.from({ length: n }, (_, i) => (i === n - 1 ? hi : lo + (i * (hi - lo)) / (n - 1)))
}

const logistic = (v: number): number => 1 / (1 + exp(-v))

/**
 * What the grid shows per prediction row: with one output, the probability of the positive
 * class (a ±1 model's score, or any output outside [0, 1], goes through the logistic
 * function); with two, the second class's probability; with more, the predicted class.
 */
function gridValues(pred: Tensor, encoding: Dataset['encoding']): number[] {
  const rows = pred.shape[0]
  const cols = pred.size / Math.max(rows, 1)
  const p = pred.data
  if (cols === 1) {
    let scores = encoding === 'sign'
    for (let i = 0; i < rows && !scores; i++) if (p[i] < 0 || p[i] > 1) scores = true
    return Array.from(p, (v) => (scores ? logistic(v) : v))
  }
  if (cols === 2) return Array.from({ length: rows }, (_, r) => p[r * 2 + 1])
  return Array.from({ length: rows }, (_, r) => {
    let best = 0
    for (let c = 1; c < cols; c++) if (p[r * cols + c] > p[r * cols + best]) best = c
    return best
  })
}

export function decisionBoundary(run: { label: string; predict: ((x: Tensor) => Tensor) | null }, data: Dataset, resolution: number, title: string): DecisionBoundaryChart {
  const features = data.x.shape[1]
  if (data.x.rank !== 2 || features !== 2) {
    throw new Error(`a decision boundary is drawn in the plane: the data need exactly 2 features, got ${features} (${data.featureNames.join(', ')}); add a Select features node`)
  }
  if (!run.predict) throw new Error(`trainer ${run.label} has no model to predict with yet`)
  const xs = spaced(padded(data.x, 0), resolution)
  const ys = spaced(padded(data.x, 1), resolution)
  const n = resolution
  const plane = data.x.dtype === 'float64' ? new Float64Array(n * n * 2) : new Float32Array(n * n * 2)
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      plane[(i * n + j) * 2] = xs[j]
      plane[(i * n + j) * 2 + 1] = ys[i]
    }
  }
  const pred = run.predict(fromStorage(plane, [n * n, 2]))
  if (pred.shape[0] !== n * n) throw new Error(`trainer ${run.label}'s model returned ${pred.shape[0]} predictions for ${n * n} grid points`)
  const values = gridValues(pred, data.encoding)
  const labels = classLabels(data)
  const points: LabelledPoint[] = labels.map((label, r) => ({ x: data.x.data[r * 2], y: data.x.data[r * 2 + 1], label }))
  return {
    kind: 'decision-boundary',
    title,
    xLabel: data.featureNames[0] ?? 'x₁',
    yLabel: data.featureNames[1] ?? 'x₂',
    grid: { x: xs, y: ys, z: Array.from({ length: n }, (_, i) => values.slice(i * n, (i + 1) * n)) },
    points,
    classes: classNames(data, labels),
  }
}

export default defineNode({
  type: 'plot/decision-boundary',
  title: 'Decision boundary',
  doc: "What a classifier predicts over the whole plane, with the data points on top: the colour shows the predicted probability of the positive class (or, with more than two classes, the predicted class), so the boundary is where it changes. Works on data with exactly two features; it follows training as it goes.",
  inputs: {
    run: input(Port.Training, { doc: 'The trainer whose current model is drawn.' }),
    data: input(Port.Dataset, { doc: 'The points to show (2 features); the plane covers them with a 10% margin.' }),
  },
  outputs: { chart: output(Port.Chart) },
  params: {
    resolution: param.integer({ default: 50, min: 5, max: 300, doc: 'Grid points along each axis: the model predicts resolution² points.' }),
    title: param.string({ default: 'Decision boundary', doc: 'The chart title.' }),
  },
  evaluate: ({ inputs, params }) => ({ chart: decisionBoundary(inputs.run, inputs.data, params.resolution, params.title) }),
})
