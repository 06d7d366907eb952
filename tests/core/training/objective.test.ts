import { describe, expect, it } from 'vitest'
import { Dense, Sequential, input, meanSquaredError, objective, penalties, tensor, zeros } from '../../../src/core/index.ts'

/** Two layers with all-ones kernels: ΣW² is 6 for the first (3×2) and 2 for the second (2×1). */
function model(layerL2 = 0): Sequential {
  return new Sequential([input([3]), new Dense({ units: 2, kernelInitializer: 'ones', kernelL2: layerL2 }), new Dense({ units: 1, kernelInitializer: 'ones' })])
}

const lossAtZero = (m: Sequential, decay?: { l2: number; perEpoch: boolean }, stepsPerEpoch?: number) =>
  objective(m, { loss: meanSquaredError(), weightDecay: decay }, zeros([1, 3]), zeros([1, 1]), stepsPerEpoch).loss.item()

describe('the training objective', () => {
  it('adds a model-wide weight decay once per kernel, and no bias', () => {
    expect(lossAtZero(model(), { l2: 0.5, perEpoch: false })).toBeCloseTo(0.5 * (6 + 2))
  })

  it('adds a layer’s own L2 penalty once, beside the model-wide decay', () => {
    expect(lossAtZero(model(0.25), { l2: 0.5, perEpoch: false })).toBeCloseTo(0.5 * (6 + 2) + 0.25 * 6)
  })

  it('lists every penalty term in one place: the decay’s kernels first, then the layers’ own', () => {
    const m = model(0.25)
    const terms = penalties(m, { l2: 0.5, perEpoch: false })
    expect(terms.map((t) => t.l2)).toEqual([0.5, 0.5, 0.25])
    expect(terms[2].weight).toBe(m.layers[0].trainableWeights[0])
  })

  it('spreads a per-epoch decay over the steps of an epoch in training, and not in evaluation', () => {
    expect(lossAtZero(model(), { l2: 0.5, perEpoch: true }, 4)).toBeCloseTo((0.5 / 4) * 8)
    expect(lossAtZero(model(), { l2: 0.5, perEpoch: true })).toBeCloseTo(0.5 * 8)
  })

  it('is the plain loss without any penalty', () => {
    const m = model()
    const x = tensor([[1, 0, 0]])
    expect(objective(m, { loss: meanSquaredError() }, x, zeros([1, 1])).loss.item()).toBeCloseTo(4)
  })
})
