import { TARGET_ENCODINGS, reshape } from '../../src/core/index.ts'
import type { TargetEncoding, Tensor } from '../../src/core/index.ts'
import { defineNode, input, output } from '../../src/runtime/define-node.ts'
import { Port } from '../../src/runtime/ports.ts'
import { param } from '../../src/graph/params.ts'
import type { Dataset } from '../../src/runtime/values.ts'


const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉'
const subscript = (i: number): string => String(i).replace(/\d/g, (d) => SUBSCRIPTS[Number(d)])

/** A rank-1 tensor as one column; a rank-2 one as it is. */
function asMatrix(t: Tensor, name: 'x' | 'y'): Tensor {
  if (t.rank === 1) return reshape(t, [t.shape[0], 1])
  if (t.rank === 2) return t
  throw new Error(`${name} has shape [${t.shape.join(', ')}]: expected one row per sample ([rows] or [rows, columns])`)
}

function fail(y: Tensor, i: number, why: string): never {
  const cols = y.shape[1]
  const where = cols === 1 ? `y[${Math.floor(i / cols)}]` : `y[${Math.floor(i / cols)}, ${i % cols}]`
  throw new Error(`${where} is ${y.data[i]}: ${why}`)
}

function every(y: Tensor, ok: (v: number) => boolean, why: string): void {
  for (let i = 0; i < y.size; i++) if (!ok(y.data[i])) fail(y, i, why)
}

/** Checks y against its encoding and returns the class names it implies (none for real targets). */
export function classesOf(y: Tensor, encoding: TargetEncoding): string[] | undefined {
  const [rows, cols] = y.shape
  const single = (what: string): void => {
    if (cols !== 1) throw new Error(`${what} need one column of y, got ${cols}: use encoding 'one-hot' for one column per class`)
  }
  switch (encoding) {
    case 'binary':
      single('binary targets')
      every(y, (v) => v === 0 || v === 1, "binary targets must be 0 or 1 (or choose encoding 'real')")
      return ['0', '1']
    case 'sign':
      single('±1 labels')
      every(y, (v) => v === 1 || v === -1, 'sign labels must be −1 or +1')
      return ['−1', '+1']
    case 'index': {
      single('class indices')
      every(y, (v) => Number.isInteger(v) && v >= 0, 'class indices must be whole numbers 0, 1, 2, …')
      let max = 0
      for (let i = 0; i < y.size; i++) max = Math.max(max, y.data[i])
      return Array.from({ length: max + 1 }, (_, k) => String(k))
    }
    case 'one-hot':
      for (let r = 0; r < rows; r++) {
        let ones = 0
        for (let c = 0; c < cols; c++) {
          const v = y.data[r * cols + c]
          if (v !== 0 && v !== 1) fail(y, r * cols + c, 'one-hot rows hold only 0s and a single 1')
          ones += v
        }
        if (ones !== 1) throw new Error(`row ${r} of y has ${ones} ones: a one-hot row has exactly one 1 (its class)`)
      }
      return Array.from({ length: cols }, (_, k) => String(k))
    case 'real':
      every(y, Number.isFinite, 'targets must be finite numbers')
      return undefined
  }
}

/** A Dataset from a feature tensor and a target tensor with one row per sample each. */
export function datasetFromTensors(xIn: Tensor, yIn: Tensor, encoding: TargetEncoding, name: string): Dataset {
  const x = asMatrix(xIn, 'x')
  const y = asMatrix(yIn, 'y')
  if (x.shape[0] !== y.shape[0]) throw new Error(`x has ${x.shape[0]} rows but y has ${y.shape[0]}: give one target row per sample`)
  if (x.shape[0] === 0) throw new Error('x has no rows: a data set needs at least one sample')
  const classes = classesOf(y, encoding)
  const features = x.shape[1]
  const targets = y.shape[1]
  return {
    name,
    x,
    y,
    featureNames: Array.from({ length: features }, (_, i) => `x${subscript(i)}`),
    targetNames: targets === 1 || encoding === 'one-hot' ? ['y'] : Array.from({ length: targets }, (_, i) => `y${subscript(i)}`),
    ...(classes ? { classes } : {}),
    encoding,
  }
}

export default defineNode({
  type: 'data/from-tensors',
  title: 'Dataset from tensors',
  doc: "Pairs a tensor of features with a tensor of targets into a data set the model nodes and the trainer can use: row i of x is sample i, row i of y its target. E.g. x from a Random tensor (randn(150, 6)) and y from Values (\"75×0, 75×1\") give the chapter's non-convex example. Say how y encodes the target, so losses and plots read it right.",
  inputs: {
    x: input(Port.Tensor, { doc: 'Features: [rows, features] (or [rows] for one feature).' }),
    y: input(Port.Tensor, { doc: 'Targets: [rows] or [rows, columns], one row per sample.' }),
  },
  outputs: { dataset: output(Port.Dataset) },
  params: {
    encoding: param.select({ default: 'binary', options: TARGET_ENCODINGS, doc: 'How y holds the target. binary: 0 or 1 (binary cross-entropy, MSE on a sigmoid); index: class numbers 0, 1, 2…; sign: −1 or +1 (the logistic loss); one-hot: one column per class; real: numbers of any size (regression).' }),
  },
  evaluate: ({ inputs, params, label }) => ({ dataset: datasetFromTensors(inputs.x, inputs.y, params.encoding, label) }),
  shapes: ({ x }) => (x ? { dataset: [x[0] ?? null, x.length > 1 ? (x[1] ?? null) : 1] } : {}),
})
