import { describe, expect, it } from 'vitest'
import { NumpyRandomState, Random, epochBatches, fitStandardizer, standardize, tensor, toCategorical, trainValidationSplit, shuffleRows, categoricalAccuracy, binaryAccuracy } from '../../../src/core/index.ts'

describe('data helpers', () => {
  it('standardize gives each feature mean 0 and (population) std 1', () => {
    const { x } = standardize(tensor([[1, 10], [2, 20], [3, 60]], undefined, { dtype: 'float64' }))
    const { mean, std } = fitStandardizer(x)
    Array.from(mean).forEach((m) => expect(m).toBeCloseTo(0, 12))
    Array.from(std).forEach((s) => expect(s).toBeCloseTo(1, 12))
  })

  it('standardize exposes the fitted mean and std', () => {
    const { stats } = standardize(tensor([[1, 10], [3, 30]], undefined, { dtype: 'float64' }))
    expect(Array.from(stats.mean)).toEqual([2, 20])
    expect(Array.from(stats.std)).toEqual([1, 10])
  })

  it('standardize only centres a constant feature instead of dividing by zero', () => {
    const { x } = standardize(tensor([[5, 1], [5, 2]]))
    expect(x.toArray().slice(0, 1)).toEqual([0])
  })

  it('toCategorical one-hot encodes labels', () => {
    expect(toCategorical([2, 0, 1]).toNested()).toEqual([[0, 0, 1], [1, 0, 0], [0, 1, 0]])
  })

  it('toCategorical refuses a label out of range, naming it and its index', () => {
    expect(() => toCategorical([0, 3, 1], 3)).toThrow(/toCategorical: label 3 at index 1 is out of range for 3 classes/)
  })

  it('toCategorical refuses a negative or fractional label', () => {
    expect(() => toCategorical([0, -1])).toThrow(/label -1 at index 1 is not a non-negative integer/)
  })

  it('shuffles the rows of several tensors with one permutation', () => {
    const x = tensor([[0], [1], [2], [3], [4]])
    const y = tensor([[0], [10], [20], [30], [40]])
    const [sx, sy] = shuffleRows([x, y], new Random(3))
    expect(sy.toArray()).toEqual(sx.toArray().map((v) => v * 10))
    expect([...sx.toArray()].sort()).toEqual([0, 1, 2, 3, 4])
  })

  it('a permutation drawn from the NumPy-legacy generator matches np.random.permutation', () => {
    const [order] = epochBatches(10, 10, 'shuffle', new NumpyRandomState(0))
    expect(Array.from(order)).toEqual([2, 8, 4, 9, 1, 6, 7, 3, 0, 5])
  })

  it('a seeded split holds out ⌊n·fraction⌋ rows and is reproducible', () => {
    const x = tensor(Array.from({ length: 20 }, (_, i) => i), [10, 2])
    const a = trainValidationSplit([x], 0.3, new Random(1))
    const b = trainValidationSplit([x], 0.3, new Random(1))
    expect(a.validation[0].shape).toEqual([3, 2])
    expect(a.train[0].toArray()).toEqual(b.train[0].toArray())
  })

  it('an epoch visits every sample once in batches, the last one smaller', () => {
    const batches = epochBatches(7, 3, 'shuffle', new Random(0))
    expect(batches.map((b) => b.length)).toEqual([3, 3, 1])
    expect(batches.flatMap((b) => Array.from(b)).sort()).toEqual([0, 1, 2, 3, 4, 5, 6])
  })

  it('sampling with replacement draws ⌊n / batch⌋ full batches', () => {
    expect(epochBatches(20, 4, 'replacement', new Random(0)).map((b) => b.length)).toEqual([4, 4, 4, 4, 4])
  })

  it('categorical accuracy compares argmaxes', () => {
    expect(categoricalAccuracy().compute(tensor([[0, 1], [1, 0]]), tensor([[0.2, 0.8], [0.3, 0.7]]))).toEqual({ total: 1, count: 2 })
  })

  it('binary accuracy thresholds predictions at 0.5', () => {
    expect(binaryAccuracy().compute(tensor([[1], [0], [1]]), tensor([[0.6], [0.4], [0.2]]))).toEqual({ total: 2, count: 3 })
  })
})
