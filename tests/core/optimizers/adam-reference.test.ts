import { describe, expect, it } from 'vitest'
import { Adam, gradients, square, sub, sum, tensor, variable } from '../../../src/core/index.ts'
import type { DType } from '../../../src/core/index.ts'
import { loadReference } from '../../helpers/reference.ts'

interface AdamCase {
  lr: number
  beta_1: number
  beta_2: number
  epsilon: number
  trajectory: number[][]
}

const reference = loadReference<{ cases: AdamCase[] }>('keras-adam.json')
const target = [0.3, 0.1, -0.7]

/** Minimizes Σ (w − c)² with Adam from w0 = (1, −2, 0.5), recording w after each step. */
function runAdam(c: AdamCase, dtype: DType): number[][] {
  const w = variable(tensor([1, -2, 0.5], undefined, { dtype }))
  const goal = tensor(target, undefined, { dtype })
  const adam = new Adam({ learningRate: c.lr, beta1: c.beta_1, beta2: c.beta_2, epsilon: c.epsilon })
  const path = [w.toArray()]
  for (let step = 1; step < c.trajectory.length; step++) {
    const [g] = gradients(sum(square(sub(w, goal))), [w])
    adam.applyGradients([[g, w]])
    path.push(w.toArray())
  }
  return path
}

function maxRelativeError(actual: number[][], expected: number[][]): number {
  let worst = 0
  expected.forEach((row, i) => row.forEach((v, j) => (worst = Math.max(worst, Math.abs(actual[i][j] - v) / Math.max(Math.abs(v), 1e-12)))))
  return worst
}

describe('Adam against Keras semantics', () => {
  reference.cases.forEach((c) => {
    it(`reproduces the reference trajectory for lr=${c.lr}, β₂=${c.beta_2} to 1e-5 relative in float32`, () => {
      expect(maxRelativeError(runAdam(c, 'float32'), c.trajectory)).toBeLessThan(1e-5)
    })

    it(`reproduces the reference trajectory for lr=${c.lr}, β₂=${c.beta_2} to 1e-10 relative in float64`, () => {
      expect(maxRelativeError(runAdam(c, 'float64'), c.trajectory)).toBeLessThan(1e-10)
    })
  })
})
