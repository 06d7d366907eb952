import { describe, expect, it } from 'vitest'
import { binaryCrossentropy, categoricalCrossentropy, getLoss, logisticLoss, meanSquaredError, tensor } from '../../../src/core/index.ts'

const f64 = { dtype: 'float64' as const }

describe('losses with Keras semantics', () => {
  it('mse averages squared errors over features, then over samples', () => {
    const loss = meanSquaredError().compute(tensor([[1, 2], [3, 4]], undefined, f64), tensor([[1, 4], [0, 4]], undefined, f64))
    expect(loss.item()).toBeCloseTo((2 + 4.5) / 2, 12)
  })

  it('mse with sum reduction adds the per-sample losses', () => {
    const loss = meanSquaredError({ reduction: 'sum' }).compute(tensor([[1, 2], [3, 4]], undefined, f64), tensor([[1, 4], [0, 4]], undefined, f64))
    expect(loss.item()).toBeCloseTo(6.5, 12)
  })

  it('binary cross-entropy matches −[y log p + (1 − y) log(1 − p)]', () => {
    const loss = binaryCrossentropy().compute(tensor([[1], [0]], undefined, f64), tensor([[0.8], [0.3]], undefined, f64))
    expect(loss.item()).toBeCloseTo(-(Math.log(0.8) + Math.log(0.7)) / 2, 6)
  })

  it('binary cross-entropy clips probabilities so p = 0 gives a finite loss', () => {
    const loss = binaryCrossentropy().compute(tensor([[1]], undefined, f64), tensor([[0]], undefined, f64))
    expect(loss.item()).toBeCloseTo(-Math.log(1e-7), 6)
  })

  it('binary cross-entropy from logits equals it on sigmoid probabilities', () => {
    const y = tensor([[1], [0], [1]], undefined, f64)
    const z = tensor([[0.3], [-1.2], [2.5]], undefined, f64)
    const p = tensor(z.toArray().map((v) => 1 / (1 + Math.exp(-v))), [3, 1], f64)
    expect(binaryCrossentropy({ fromLogits: true }).compute(y, z).item()).toBeCloseTo(binaryCrossentropy().compute(y, p).item(), 6)
  })

  it('categorical cross-entropy is −Σ y log p averaged over samples', () => {
    const loss = categoricalCrossentropy().compute(tensor([[0, 1, 0], [1, 0, 0]], undefined, f64), tensor([[0.2, 0.7, 0.1], [0.5, 0.25, 0.25]], undefined, f64))
    expect(loss.item()).toBeCloseTo(-(Math.log(0.7) + Math.log(0.5)) / 2, 6)
  })

  it('categorical cross-entropy from logits matches it on softmax probabilities', () => {
    const y = tensor([[0, 0, 1]], undefined, f64)
    const z = [1, 2, 0.5]
    const e = z.map(Math.exp)
    const s = e.reduce((a, b) => a + b)
    const p = tensor([e.map((v) => v / s)], undefined, f64)
    expect(categoricalCrossentropy({ fromLogits: true }).compute(y, tensor([z], undefined, f64)).item()).toBeCloseTo(categoricalCrossentropy().compute(y, p).item(), 9)
  })

  it('the logistic loss sums log(1 + exp(−y·s)) over samples by default', () => {
    const loss = logisticLoss().compute(tensor([[1], [-1]], undefined, f64), tensor([[2], [0.5]], undefined, f64))
    expect(loss.item()).toBeCloseTo(Math.log1p(Math.exp(-2)) + Math.log1p(Math.exp(0.5)), 12)
  })

  it('the logistic loss stays finite for large margins', () => {
    const loss = logisticLoss().compute(tensor([[-1]], undefined, f64), tensor([[1000]], undefined, f64))
    expect(loss.item()).toBeCloseTo(1000, 9)
  })

  it('refuses targets and predictions of different shapes, naming the loss', () => {
    expect(() => meanSquaredError().compute(tensor([[1, 2]]), tensor([[1], [2]]))).toThrow(/mse: targets \[1, 2\] and predictions \[2, 1\] must have the same shape/)
  })

  it('refuses an unknown reduction', () => {
    expect(() => meanSquaredError({ reduction: 'max' as 'sum' })).toThrow(/mse: reduction must be "mean" or "sum"/)
  })

  it('resolves the Keras names used in compile', () => {
    expect(['mse', 'binary_crossentropy', 'categorical_crossentropy'].map((n) => getLoss(n as 'mse').name)).toEqual(['mse', 'binary_crossentropy', 'categorical_crossentropy'])
  })
})
