import { describe, expect, it } from 'vitest'
import { NumpyRandomState, SGD, add, gatherRows, gradients, logisticLoss, matmul, mul, square, sum, tensor, variable } from '../../../src/core/index.ts'
import type { Tensor } from '../../../src/core/index.ts'
import { loadReference } from '../../helpers/reference.ts'

interface Chapter {
  X: number[][]
  y: number[]
  alphas_gd: number[][]
  alphas_sgd: number[][]
  sgd_minibatch_indices: number[][]
}

const ref = loadReference<Chapter>('chapter-gd-vs-sgd.json')
const LAMBDA = 0.1
const RHO = 0.2
const EPOCHS = 10
const BATCH = 4

/** The chapter's data: np.random.seed(0); X = rand(20, 2)·3 − 1.5; y = ±1 by the sign of X[:, 0]. */
function chapterData(rng: NumpyRandomState): { x: Tensor; y: Tensor } {
  const x = Array.from(rng.rand(20, 2), (v) => v * 3 - 1.5)
  const y = Array.from({ length: 20 }, (_, i) => (x[2 * i] > 0 ? 1 : -1))
  return { x: tensor(x, [20, 2], { dtype: 'float64' }), y: tensor(y, [20, 1], { dtype: 'float64' }) }
}

/** Σ log(1 + exp(−y·Xα)) + ½λ‖α‖², the chapter's cost. */
function cost(x: Tensor, y: Tensor, alpha: Tensor, lambda: number): Tensor {
  return add(logisticLoss().compute(y, matmul(x, alpha)), mul(sum(square(alpha)), 0.5 * lambda))
}

function step(opt: SGD, x: Tensor, y: Tensor, alpha: Tensor, lambda: number): void {
  const [g] = gradients(cost(x, y, alpha, lambda), [alpha])
  opt.applyGradients([[g, alpha]])
}

function expectPath(actual: number[][], expected: number[][]): void {
  expect(actual.length).toBe(expected.length)
  actual.forEach((row, i) => row.forEach((v, j) => expect(Math.abs(v - expected[i][j])).toBeLessThan(1e-4)))
}

describe("the chapter's GD vs SGD on L2-regularised logistic regression", () => {
  it('regenerates the chapter data set from the NumPy-legacy seed', () => {
    const { x } = chapterData(new NumpyRandomState(0))
    ref.X.flat().forEach((v, i) => expect(x.data[i]).toBeCloseTo(v, 12))
  })

  it('full-batch gradient descent reproduces alphas_gd to 1e-4', () => {
    const { x, y } = chapterData(new NumpyRandomState(0))
    const alpha = variable(tensor([[1], [-3]], undefined, { dtype: 'float64' }))
    const opt = new SGD({ learningRate: RHO })
    const path = [alpha.toArray()]
    for (let epoch = 0; epoch < EPOCHS; epoch++) {
      step(opt, x, y, alpha, LAMBDA)
      path.push(alpha.toArray())
    }
    expectPath(path, ref.alphas_gd)
  })

  it('SGD with minibatches of 4 drawn with replacement reproduces alphas_sgd to 1e-4', () => {
    const rng = new NumpyRandomState(0)
    const { x, y } = chapterData(rng)
    const alpha = variable(tensor([[1], [-3]], undefined, { dtype: 'float64' }))
    const opt = new SGD({ learningRate: RHO })
    const batchesPerEpoch = 20 / BATCH
    const path = [alpha.toArray()]
    for (let epoch = 0; epoch < EPOCHS; epoch++) {
      for (let b = 0; b < batchesPerEpoch; b++) {
        // The same stream that drew X continues: randint(20, size=4).
        const idx = Array.from(rng.randint(20, BATCH))
        step(opt, gatherRows(x, idx), gatherRows(y, idx), alpha, LAMBDA / batchesPerEpoch)
        path.push(alpha.toArray())
      }
    }
    expectPath(path, ref.alphas_sgd)
  })
})
