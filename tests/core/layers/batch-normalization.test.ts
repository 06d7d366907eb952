import { describe, expect, it } from 'vitest'
import { BatchNormalization, Sequential, input, meanSquaredError, SGD, tensor, zeros } from '../../../src/core/index.ts'
import type { Tensor } from '../../../src/core/index.ts'
import { assertGradients, seededInputs } from '../../helpers/gradcheck.ts'

function built(features: number, dtype: 'float32' | 'float64' = 'float64'): BatchNormalization {
  const bn = new BatchNormalization()
  bn.build([null, features], { rng: { next: () => 0, normal: () => 0, int: () => 0 }, dtype, layerSeed: 0 })
  return bn
}

describe('BatchNormalization', () => {
  it('has Keras’ defaults: momentum 0.99 and epsilon 0.001', () => {
    expect(new BatchNormalization().config()).toEqual({ momentum: 0.99, epsilon: 0.001 })
  })

  it('normalizes a training batch with its own mean and biased variance', () => {
    // Column [1, 3]: mean 2, variance 1 → (x − 2)/√1.001.
    const out = built(1).call(tensor([[1], [3]], undefined, { dtype: 'float64' }), true).toArray().flat()
    expect(out[0]).toBeCloseTo(-1 / Math.sqrt(1.001), 12)
    expect(out[1]).toBeCloseTo(1 / Math.sqrt(1.001), 12)
  })

  it('normalizes with the moving statistics outside training', () => {
    // Moving mean 0 and variance 1 at the start: x/√1.001.
    const out = built(1).call(tensor([[1], [3]], undefined, { dtype: 'float64' }), false).toArray().flat()
    expect(out[1]).toBeCloseTo(3 / Math.sqrt(1.001), 12)
  })

  it('has gradients in training mode, through the batch statistics, for x, γ and β', () => {
    const make = seededInputs(501)
    const bn = built(3)
    const x = make.uniform([5, 3])
    const gamma = make.uniform([3], { low: 0.5, high: 2 })
    const beta = make.uniform([3])
    bn.gamma = gamma
    bn.beta = beta
    assertGradients((xs: Tensor, g: Tensor, b: Tensor) => {
      bn.gamma = g
      bn.beta = b
      return bn.call(xs, true)
    }, [x, gamma, beta])
  })

  it('moves its statistics by the Keras formula over one epoch of two batches', () => {
    // Batches [[1],[3]] and [[5],[9]], momentum 0.99, by hand:
    // batch 1: mean 2, variance 1 → moving mean 0.99·0 + 0.01·2 = 0.02, variance 0.99·1 + 0.01·1 = 1
    // batch 2: mean 7, variance 4 → moving mean 0.99·0.02 + 0.01·7 = 0.0898, variance 0.99·1 + 0.01·4 = 1.03
    const model = new Sequential([input([1]), new BatchNormalization()], { dtype: 'float64' })
    model.compile({ loss: meanSquaredError(), optimizer: new SGD({ learningRate: 0.1 }) })
    model.fit(tensor([[1], [3], [5], [9]], undefined, { dtype: 'float64' }), zeros([4, 1], { dtype: 'float64' }), { epochs: 1, batchSize: 2, shuffle: false })
    const bn = model.layers[0] as BatchNormalization
    expect(bn.movingMean?.toArray()[0]).toBeCloseTo(0.0898, 12)
    expect(bn.movingVariance?.toArray()[0]).toBeCloseTo(1.03, 12)
  })

  it('counts its moving statistics as non-trainable weights', () => {
    const bn = built(20)
    expect(bn.trainableWeights.map((w) => w.name)).toEqual(['batch_normalization/gamma', 'batch_normalization/beta'])
    expect(bn.nonTrainableWeights.map((w) => w.name)).toEqual(['batch_normalization/moving_mean', 'batch_normalization/moving_variance'])
    expect(bn.countParams()).toBe(80)
  })
})
