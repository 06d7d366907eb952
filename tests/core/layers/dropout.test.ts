import { describe, expect, it } from 'vitest'
import { Dropout, Sequential, dropout, input, ones, tensor } from '../../../src/core/index.ts'
import { assertGradients, seededInputs } from '../../helpers/gradcheck.ts'

function layer(rate: number, seed = 7): Dropout {
  const d = new Dropout({ rate, seed })
  d.build([null, 4], { rng: { next: () => 0, normal: () => 0, int: () => 0 }, dtype: 'float32', layerSeed: 0 })
  return d
}

describe('Dropout', () => {
  it('is the identity at inference', () => {
    const x = tensor([[1, 2, 3, 4]])
    expect(layer(0.5).call(x, false)).toBe(x)
  })

  it('zeroes some inputs in training and scales the kept ones by 1/(1 − rate)', () => {
    const out = layer(0.5).call(ones([50, 4]), true).toArray().flat()
    expect(new Set(out)).toEqual(new Set([0, 2]))
  })

  it('drops about `rate` of the inputs in training', () => {
    const out = layer(0.25).call(ones([100, 40]), true).toArray().flat()
    const dropped = out.filter((v) => v === 0).length / out.length
    expect(dropped).toBeGreaterThan(0.22)
    expect(dropped).toBeLessThan(0.28)
  })

  it('draws the same masks from the same seed', () => {
    expect(layer(0.5, 3).call(ones([5, 4]), true).toArray()).toEqual(layer(0.5, 3).call(ones([5, 4]), true).toArray())
  })

  it('draws the masks of a model’s dropout from the model’s seed when it has none of its own', () => {
    const run = (seed: number) => new Sequential([input([4]), new Dropout({ rate: 0.5 })], { seed }).call(ones([6, 4]), true).toArray()
    expect(run(1)).toEqual(run(1))
    expect(run(1)).not.toEqual(run(2))
  })

  it('refuses a rate outside [0, 1), naming the layer and the field', () => {
    expect(() => new Dropout({ rate: 1, name: 'drop' })).toThrow('Dropout "drop": rate must be in [0, 1), got 1')
    expect(() => new Dropout({ rate: -0.1 })).toThrow(/rate must be in \[0, 1\)/)
  })
})

describe('the dropout op', () => {
  it('passes gradients through a fixed mask, scaled by 1/(1 − rate)', () => {
    const noise = new Float64Array([0.1, 0.9, 0.5, 0.2, 0.7, 0.05])
    assertGradients((x) => dropout(x, 0.4, noise), [seededInputs(401).uniform([2, 3])])
  })

  it('keeps exactly the values whose noise is below 1 − rate', () => {
    const out = dropout(tensor([1, 2, 3, 4]), 0.5, new Float64Array([0.1, 0.6, 0.49, 0.5])).toArray()
    expect(out).toEqual([2, 0, 6, 0])
  })
})
