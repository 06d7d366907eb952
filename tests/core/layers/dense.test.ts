import { describe, expect, it } from 'vitest'
import { Dense, Random, Sequential, input, meanSquaredError, objective, tensor, zeros } from '../../../src/core/index.ts'
import type { ActivationName, InitializerName } from '../../../src/core/index.ts'

describe('Dense', () => {
  it('rejects units ≤ 0, naming the layer and the argument', () => {
    expect(() => new Dense({ units: 0 })).toThrow(/Dense "dense": units must be a positive integer, got 0/)
  })

  it('rejects a fractional number of units', () => {
    expect(() => new Dense({ units: 2.5 })).toThrow(/units must be a positive integer/)
  })

  it('rejects an unknown activation, listing the known ones', () => {
    expect(() => new Dense({ units: 3, activation: 'swishy' as ActivationName })).toThrow(/Dense "dense": unknown activation "swishy"; expected one of linear, relu, sigmoid, tanh, softmax/)
  })

  it('rejects an unknown initializer', () => {
    expect(() => new Dense({ units: 3, kernelInitializer: 'magic' as InitializerName })).toThrow(/unknown kernelInitializer "magic"/)
  })

  it('rejects a negative L2 factor', () => {
    expect(() => new Dense({ units: 3, kernelL2: -1 })).toThrow(/kernelL2 must be a finite number ≥ 0/)
  })

  it('draws glorot-uniform kernels within ±√(6 / (fanIn + fanOut)) and zero biases', () => {
    const layer = new Dense({ units: 50 })
    layer.build([null, 30], { rng: new Random(3), dtype: 'float32' })
    const limit = Math.sqrt(6 / 80)
    expect(Math.max(...(layer.kernel?.toArray() ?? []).map(Math.abs))).toBeLessThanOrEqual(limit)
    expect(layer.bias?.toArray().every((b) => b === 0)).toBe(true)
  })

  it('draws he-normal kernels with standard deviation close to √(2 / fanIn)', () => {
    const layer = new Dense({ units: 200, kernelInitializer: 'heNormal' })
    layer.build([null, 100], { rng: new Random(5), dtype: 'float64' })
    const w = layer.kernel?.toArray() ?? []
    const std = Math.sqrt(w.reduce((s, v) => s + v * v, 0) / w.length)
    expect(std).toBeCloseTo(Math.sqrt(2 / 100), 2)
  })

  it('computes activation(x·W + b) on a batch', () => {
    const model = new Sequential([input([2]), new Dense({ units: 1, activation: 'relu', kernelInitializer: 'ones', biasInitializer: 'ones' })])
    expect(model.predict(tensor([[1, 2], [-3, -4]])).toArray()).toEqual([4, 0])
  })

  it('has no bias when useBias is false', () => {
    const model = new Sequential([input([4]), new Dense({ units: 2, useBias: false })])
    expect(model.countParams()).toBe(8)
  })

  it('reports an input with the wrong number of features, naming the model', () => {
    const model = new Sequential([input([4]), new Dense({ units: 2 })])
    expect(() => model.predict(tensor([[1, 2, 3]]))).toThrow(/Sequential "sequential": expects inputs of shape \(None, 4\), got \(1, 3\)/)
  })

  it('adds l2·ΣW² to the training objective through its kernel penalty', () => {
    const model = new Sequential([input([3]), new Dense({ units: 2, kernelInitializer: 'ones', kernelL2: 0.5 })])
    const { loss } = objective(model, { loss: meanSquaredError() }, zeros([1, 3]), zeros([1, 2]))
    expect(loss.item()).toBeCloseTo(0.5 * 6)
  })
})
