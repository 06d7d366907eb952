import { describe, expect, it } from 'vitest'
import { Adam, Dense, Random, SGD, Sequential, TrainingLoop, defaultMetrics, input, meanSquaredError, tensor } from '../../../src/core/index.ts'

function loop(): TrainingLoop {
  const x = tensor([[0, 0], [0, 1], [1, 0], [1, 1], [0.5, 0.2], [0.1, 0.9], [0.7, 0.3]])
  const y = tensor([[0], [1], [1], [0], [1], [1], [0]])
  const model = new Sequential([input([2]), new Dense({ units: 4, activation: 'tanh' }), new Dense({ units: 1 })], { seed: 3 })
  const setup = { model, objective: { loss: meanSquaredError() }, optimizer: new SGD({ learningRate: 0.1 }), metrics: defaultMetrics('mse') }
  return new TrainingLoop(setup, { x, y }, { epochs: 3, batchSize: 3, sampling: 'shuffle', rng: new Random(5) })
}

describe('the training loop changed between steps', () => {
  it('refuses a new batch size inside an epoch, naming the step and the epoch', () => {
    const l = loop()
    l.runStep()
    expect(l.atEpochStart).toBe(false)
    expect(l.nextEpochStart).toBe(3)
    expect(() => l.setBatching(2, 'shuffle')).toThrow('the batch size and sampling can change only when an epoch starts (step 1 is inside epoch 1)')
  })

  it('takes a new batch size when an epoch starts: the next epochs have as many steps as it makes', () => {
    const l = loop()
    l.runEpoch()
    l.setBatching(2, 'shuffle')
    expect(l.stepsPerEpoch).toBe(4)
    l.runEpoch()
    expect(l.step).toBe(3 + 4)
  })

  it('takes another optimizer at any step, the weights kept', () => {
    const l = loop()
    l.runStep()
    const weights = l.setup.model.trainableWeights.map((w) => Array.from(w.data))
    const adam = new Adam({ learningRate: 0.01 })
    l.setOptimizer(adam)
    expect(l.setup.optimizer).toBe(adam)
    expect(l.setup.model.trainableWeights.map((w) => Array.from(w.data))).toEqual(weights)
    l.runStep()
    expect(adam.iterations).toBe(1)
  })

  it('runs on after it was done when given more epochs', () => {
    const l = loop()
    while (!l.done) l.runStep()
    l.setEpochs(4)
    expect(l.done).toBe(false)
    l.runEpoch()
    expect(l.history).toHaveLength(4)
  })
})
