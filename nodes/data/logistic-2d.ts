import { NumpyRandomState, fromStorage } from '../../src/core/index.ts'
import { defineNode, output } from '../../src/runtime/define-node.ts'
import { Port } from '../../src/runtime/ports.ts'
import { param } from '../../src/graph/params.ts'
import type { Dataset } from '../../src/runtime/values.ts'

/**
 * The chapter's toy classification set, drawn exactly as its NumPy code does:
 * `np.random.seed(seed); X = np.random.rand(n, 2) * 3 - 1.5; y = +1 if X[:, 0] > 0 else -1`.
 */
export function logistic2d(n: number, seed: number): Dataset {
  const rng = new NumpyRandomState(seed)
  const x = rng.rand(n, 2)
  for (let i = 0; i < x.length; i++) x[i] = x[i] * 3 - 1.5
  const y = new Float64Array(n)
  for (let i = 0; i < n; i++) y[i] = x[2 * i] > 0 ? 1 : -1
  return {
    name: 'logistic-2d',
    x: fromStorage(x, [n, 2]),
    y: fromStorage(y, [n, 1]),
    featureNames: ['x₀', 'x₁'],
    targetNames: ['y'],
    classes: ['−1', '+1'],
    encoding: 'sign',
  }
}

export default defineNode({
  type: 'data/logistic-2d',
  title: 'Logistic toy data (2-D)',
  doc: "The optimization chapter's toy data: n points spread uniformly over the square [−1.5, 1.5)², labelled +1 right of the vertical axis (x₀ > 0) and −1 left of it. Drawn with NumPy's legacy generator, so seed 0 gives exactly the chapter's 20 points. y holds ±1 labels, for the logistic loss log(1 + exp(−y·f(x))). Double precision (float64).",
  inputs: {},
  outputs: { dataset: output(Port.Dataset, { doc: 'x: n×2 points; y: n×1 labels ±1.' }) },
  params: {
    n: param.integer({ default: 20, min: 2, max: 100_000, scale: 'log', doc: 'Number of points.' }),
    seed: param.integer({ default: 0, min: 0, max: 2 ** 32 - 1, doc: "NumPy seed; 0 is the chapter's. The data uses the first 2n draws of the stream (a trainer continuing it should skip 2n uniforms)." }),
  },
  evaluate: ({ params }) => ({ dataset: logistic2d(params.n, params.seed) }),
  shapes: (_inputs, params) => ({ dataset: [params.n, 2] }),
})
