import { describe, expect, it } from 'vitest'
import { Dense, Random, SGD, Sequential, TrainingLoop, defaultMetrics, input, logisticLoss, meanSquaredError, tensor } from '../../../src/core/index.ts'
import type { LoopOptions, Loss } from '../../../src/core/index.ts'

function data() {
  const x = tensor([[0, 0], [0, 1], [1, 0], [1, 1], [0.5, 0.2], [0.1, 0.9], [0.7, 0.3]])
  const y = tensor([[0], [1], [1], [0], [1], [1], [0]])
  return { x, y }
}

function loop(options: Partial<LoopOptions> = {}, loss: Loss = meanSquaredError()): TrainingLoop {
  const model = new Sequential([input([2]), new Dense({ units: 4, activation: 'tanh' }), new Dense({ units: 1 })], { seed: 3 })
  const setup = { model, objective: { loss }, optimizer: new SGD({ learningRate: 0.1 }), metrics: defaultMetrics(loss.name) }
  return new TrainingLoop(setup, data(), { epochs: 3, batchSize: 3, sampling: 'shuffle', rng: new Random(5), ...options })
}

describe('the training loop', () => {
  it('gives the same history run step by step as run epoch by epoch', () => {
    const bySteps = loop()
    while (!bySteps.done) bySteps.runStep()
    const byEpochs = loop()
    for (let e = 0; e < 3; e++) byEpochs.runEpoch()
    expect(bySteps.history).toEqual(byEpochs.history)
  })

  it('takes ⌈rows / batch size⌉ steps per epoch, and ⌊rows / batch size⌋ when sampling with replacement', () => {
    expect(loop().stepsPerEpoch).toBe(3)
    expect(loop({ sampling: 'replacement' }).stepsPerEpoch).toBe(2)
  })

  it('closes an epoch with its 1-based number, its loss and its metrics', () => {
    const l = loop({}, logisticLoss({ reduction: 'mean' }))
    l.data.y.data.set([-1, 1, 1, -1, 1, 1, -1])
    const logs = l.runEpoch()
    expect(Object.keys(logs)).toEqual(['epoch', 'loss', 'accuracy'])
    expect(logs.epoch).toBe(1)
  })

  it('reports a summed loss’s epoch loss as the total of its batch losses', () => {
    const l = loop({}, meanSquaredError({ reduction: 'sum' }))
    let total = 0
    let logs = null
    while (!logs) {
      const step = l.runStep()
      total += step.loss
      logs = step.epochLogs
    }
    expect(logs.loss).toBe(total)
  })

  it('applies a learning-rate change made between two steps at the next step', () => {
    const a = loop()
    const b = loop()
    a.runStep()
    b.runStep()
    b.setup.optimizer.learningRate = 0.5
    const wa = a.setup.model.getWeights()
    expect(b.setup.model.getWeights()).toEqual(wa)
    a.runStep()
    b.runStep()
    expect(b.setup.model.getWeights()).not.toEqual(a.setup.model.getWeights())
  })

  it('evaluates validation rows after each epoch under val_ keys', () => {
    const l = loop({ validation: data() })
    expect(l.metricKeys).toEqual(['loss', 'val_loss'])
    expect(Object.keys(l.runEpoch())).toEqual(['epoch', 'loss', 'val_loss'])
  })

  it('runs until stopped when its epochs are unbounded', () => {
    const l = loop({ epochs: Infinity })
    for (let e = 0; e < 50; e++) l.runEpoch()
    expect(l.done).toBe(false)
  })

  it('refuses a batch size that is not a positive integer, naming it', () => {
    expect(() => loop({ batchSize: 0 })).toThrow(/batchSize must be a positive integer, got 0/)
  })
})
