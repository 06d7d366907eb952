import { describe, expect, it } from 'vitest'
import { Adagrad, Adam, RMSprop, SGD, getOptimizer, tensor, variable } from '../../../src/core/index.ts'
import type { Optimizer } from '../../../src/core/index.ts'

/** One step from w = [1, −2] with gradient g = [0.5, −1]; returns the new w. */
function oneStep(opt: Optimizer, steps = 1): number[] {
  const w = variable(tensor([1, -2], undefined, { dtype: 'float64' }))
  const g = tensor([0.5, -1], undefined, { dtype: 'float64' })
  for (let i = 0; i < steps; i++) opt.applyGradients([[g, w]])
  return w.toArray()
}

function expectClose(actual: number[], expected: number[]): void {
  actual.forEach((v, i) => expect(v).toBeCloseTo(expected[i], 12))
}

describe('optimizers with Keras semantics', () => {
  it('plain SGD steps by −lr·g', () => {
    expectClose(oneStep(new SGD({ learningRate: 0.1 })), [1 - 0.05, -2 + 0.1])
  })

  it('SGD with momentum accumulates v = μv − lr·g and adds it', () => {
    // v1 = −0.1g, v2 = 0.9·v1 − 0.1g = −0.19g; w2 = w − 0.29g.
    expectClose(oneStep(new SGD({ learningRate: 0.1, momentum: 0.9 }), 2), [1 - 0.29 * 0.5, -2 + 0.29])
  })

  it('Nesterov SGD adds μv − lr·g', () => {
    // step 1: v = −0.1g, w += 0.9v − 0.1g = −0.19g.
    expectClose(oneStep(new SGD({ learningRate: 0.1, momentum: 0.9, nesterov: true })), [1 - 0.19 * 0.5, -2 + 0.19])
  })

  it("Adam's first step moves each weight by about lr against its gradient's sign", () => {
    const w = oneStep(new Adam({ learningRate: 0.01 }))
    expect(w[0]).toBeCloseTo(0.99, 6)
    expect(w[1]).toBeCloseTo(-1.99, 6)
  })

  it("Adam steps at the rate a schedule gives, not at its base rate", () => {
    const w = variable(tensor([1, -2], undefined, { dtype: 'float64' }))
    new Adam({ learningRate: 0.01 }).applyGradients([[tensor([0.5, -1], undefined, { dtype: 'float64' }), w]], 0.001)
    expect(w.toArray()[0]).toBeCloseTo(0.999, 6)
  })

  it('RMSprop divides by the root of the running mean of squared gradients', () => {
    // meanSq = 0.1·g²; step = lr·g/√(0.1g² + ε) ≈ lr·sign(g)/√0.1.
    const w = oneStep(new RMSprop({ learningRate: 0.01 }))
    expect(w[0]).toBeCloseTo(1 - 0.01 * 0.5 / Math.sqrt(0.1 * 0.25 + 1e-7), 12)
    expect(w[1]).toBeCloseTo(-2 + 0.01 * 1 / Math.sqrt(0.1 + 1e-7), 12)
  })

  it('Adagrad starts its accumulator at 0.1 and adds g²', () => {
    const w = oneStep(new Adagrad({ learningRate: 0.1 }))
    expect(w[0]).toBeCloseTo(1 - 0.1 * 0.5 / Math.sqrt(0.1 + 0.25 + 1e-7), 12)
  })

  it("keeps Adam's moments and step count when β₁ changes between two steps, and uses the new β₁ at the next", () => {
    const w = variable(tensor([1, -2], undefined, { dtype: 'float64' }))
    const g = tensor([0.5, -1], undefined, { dtype: 'float64' })
    const adam = new Adam({ learningRate: 0.01 })
    adam.applyGradients([[g, w]])
    const moments = adam.slots(w).map((s) => Array.from(s))
    adam.set('beta1', 0.5)
    expect(adam.slots(w).map((s) => Array.from(s))).toEqual(moments)
    expect(adam.iterations).toBe(1)
    adam.applyGradients([[g, w]])
    // m ← m + (g − m)(1 − β₁) with the new β₁ = 0.5.
    expect(Array.from(adam.slots(w)[0])).toEqual(moments[0].map((m, i) => m + ([0.5, -1][i] - m) * 0.5))
  })

  it('applies a changed learning rate at the very next step', () => {
    const w = variable(tensor([1], undefined, { dtype: 'float64' }))
    const sgd = new SGD({ learningRate: 0.1 })
    sgd.applyGradients([[tensor([1], undefined, { dtype: 'float64' }), w]])
    sgd.learningRate = 0.5
    sgd.applyGradients([[tensor([1], undefined, { dtype: 'float64' }), w]])
    expect(w.toArray()[0]).toBeCloseTo(1 - 0.1 - 0.5, 12)
  })

  it('rejects a NaN learning rate, naming the optimizer and the argument', () => {
    expect(() => new Adam({ learningRate: NaN })).toThrow('Adam: learningRate must be a finite number in [1e-6, 100], got NaN')
  })

  it('rejects a NaN learning rate set during a run, keeping the previous one', () => {
    const sgd = new SGD({ learningRate: 0.1 })
    expect(() => (sgd.learningRate = NaN)).toThrow(/SGD: learningRate/)
    expect(sgd.learningRate).toBe(0.1)
  })

  it('rejects a momentum of 1 or more', () => {
    expect(() => new SGD({ momentum: 1 })).toThrow(/SGD: momentum must be a finite number in \[0, 1\), got 1/)
  })

  it('rejects β₁ outside [0, 1)', () => {
    expect(() => new Adam({ beta1: -0.1 })).toThrow(/Adam: beta1/)
  })

  it('resolves "sgd" and "adam" to Keras defaults', () => {
    expect(getOptimizer('sgd').config()).toEqual({ learningRate: 0.01, momentum: 0, nesterov: false })
    expect(getOptimizer('adam').config()).toEqual({ learningRate: 0.001, beta1: 0.9, beta2: 0.999, epsilon: 1e-7 })
  })

  it('refuses a gradient whose shape differs from its variable', () => {
    const w = variable(tensor([1, 2]))
    expect(() => new SGD().applyGradients([[tensor([1, 2, 3]), w]])).toThrow(/SGD: gradient \[3\] does not match variable \[2\]/)
  })
})
