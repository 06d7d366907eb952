import { describe, expect, it } from 'vitest'
import { Dense, Random, ReduceLROnPlateau, SGD, Sequential, TrainingLoop, input, meanSquaredError, tensor } from '../../../src/core/index.ts'
import type { EarlyStoppingConfig } from '../../../src/core/index.ts'

/**
 * Training fits y = x while validation asks for y = −x: the better the model gets at the
 * training data, the worse its validation loss, which rises from the first epoch on.
 */
function risingValidation(earlyStopping: EarlyStoppingConfig | null): TrainingLoop {
  const model = new Sequential([input([1]), new Dense({ units: 1 })], { seed: 2 })
  const x = tensor([[-1], [-0.5], [0.5], [1]])
  const validation = { x, y: tensor([[1], [0.5], [-0.5], [-1]]) }
  const setup = { model, objective: { loss: meanSquaredError() }, optimizer: new SGD({ learningRate: 0.1 }), metrics: [] }
  return new TrainingLoop(setup, { x, y: x }, { epochs: 50, batchSize: 4, sampling: 'sequential', rng: new Random(0), validation, earlyStopping })
}

const PATIENCE_5: EarlyStoppingConfig = { monitor: 'val_loss', patience: 5, minDelta: 0, restoreBestWeights: true }

describe('early stopping', () => {
  it('watches a run whose validation loss rises after its best epoch', () => {
    const l = risingValidation(null)
    const val = Array.from({ length: 8 }, () => l.runEpoch().val_loss)
    expect(val.every((v, i) => i === 0 || v > val[i - 1])).toBe(true)
  })

  it('with patience 5 stops 5 epochs after the best one', () => {
    const l = risingValidation(PATIENCE_5)
    while (!l.done) l.runStep()
    expect(l.earlyStopping?.bestEpoch).toBe(1)
    expect(l.earlyStopping?.stoppedEpoch).toBe(6)
    expect(l.history).toHaveLength(6)
  })

  it('restores the best epoch’s weights when training stops', () => {
    const weightsAfterBest = (() => {
      const l = risingValidation(null)
      l.runEpoch()
      return l.setup.model.getWeights()
    })()
    const l = risingValidation(PATIENCE_5)
    while (!l.done) l.runStep()
    expect(l.setup.model.getWeights()).toEqual(weightsAfterBest)
  })

  it('keeps the last weights without restoreBestWeights', () => {
    const l = risingValidation({ ...PATIENCE_5, restoreBestWeights: false })
    while (!l.done) l.runStep()
    const plain = risingValidation(null)
    for (let e = 0; e < 6; e++) plain.runEpoch()
    expect(l.setup.model.getWeights()).toEqual(plain.setup.model.getWeights())
  })

  it('refuses to monitor a validation quantity of a run without validation data', () => {
    const model = new Sequential([input([1]), new Dense({ units: 1 })])
    const setup = { model, objective: { loss: meanSquaredError() }, optimizer: new SGD(), metrics: [] }
    const x = tensor([[1]])
    expect(() => new TrainingLoop(setup, { x, y: x }, { epochs: 1, batchSize: 1, sampling: 'sequential', rng: new Random(0), earlyStopping: PATIENCE_5 })).toThrow(
      'fit: early stopping monitors "val_loss", which this run does not log (it logs loss): connect validation data, or monitor a training quantity',
    )
  })
})

describe('reduce on plateau', () => {
  const plateau = (cooldown = 0) => new ReduceLROnPlateau({ monitor: 'loss', factor: 0.5, patience: 2, minDelta: 1e-4, cooldown, minLr: 0.01 })
  const epochs = (p: ReduceLROnPlateau, losses: number[], base = 0.1): number[] =>
    losses.map((loss, i) => {
      p.onEpochEnd({ epoch: i + 1, loss }, base)
      return p.rate(base)
    })

  it('halves the rate after 2 epochs without improvement, and again after 2 more', () => {
    expect(epochs(plateau(), [1, 1, 1, 1, 1])).toEqual([0.1, 0.1, 0.05, 0.05, 0.025])
  })

  it('counts an improvement smaller than minDelta as none', () => {
    expect(epochs(plateau(), [1, 0.99995, 0.9999])).toEqual([0.1, 0.1, 0.05])
  })

  it('waits out its cooldown before counting again (Keras counts it down first: 2 epochs delay by one)', () => {
    expect(epochs(plateau(2), [1, 1, 1, 1, 1, 1])).toEqual([0.1, 0.1, 0.05, 0.05, 0.05, 0.025])
  })

  it('never goes below minLr', () => {
    expect(epochs(plateau(), [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]).at(-1)).toBe(0.01)
  })
})
