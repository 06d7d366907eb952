import { describe, expect, it } from 'vitest'
import { Dense, SGD, Sequential, input, tensor } from '../../../src/core/index.ts'
import type { LossName, OptimizerName } from '../../../src/core/index.ts'

function tinyData() {
  const x = tensor([[0, 0], [0, 1], [1, 0], [1, 1], [0.5, 0.2], [0.1, 0.9]])
  const y = tensor([[0], [1], [1], [1], [1], [1]])
  return { x, y }
}

function tinyModel(seed = 0): Sequential {
  return new Sequential([input([2]), new Dense({ units: 8, activation: 'tanh' }), new Dense({ units: 1, activation: 'sigmoid' })], { seed })
}

describe('Sequential training', () => {
  it('returns a history with one loss and one accuracy per epoch', () => {
    const { x, y } = tinyData()
    const model = tinyModel()
    model.compile({ loss: 'binary_crossentropy', optimizer: new SGD({ learningRate: 0.5 }), metrics: ['accuracy'] })
    const h = model.fit(x, y, { epochs: 7, batchSize: 2 })
    expect(h.history.loss).toHaveLength(7)
    expect(h.history.accuracy).toHaveLength(7)
  })

  it('lowers the loss on a learnable problem', () => {
    const { x, y } = tinyData()
    const model = tinyModel()
    model.compile({ loss: 'binary_crossentropy', optimizer: new SGD({ learningRate: 0.5 }) })
    const h = model.fit(x, y, { epochs: 60, batchSize: 6 })
    expect(h.history.loss[59]).toBeLessThan(h.history.loss[0] / 2)
  })

  it('gives identical histories for the same seeds', () => {
    const run = () => {
      const { x, y } = tinyData()
      const model = tinyModel(4)
      model.compile({ loss: 'mse', optimizer: 'adam' })
      return model.fit(x, y, { epochs: 5, batchSize: 2, seed: 9 }).history.loss
    }
    expect(run()).toEqual(run())
  })

  it('reports validation loss and metrics for the last rows when validationSplit is set', () => {
    const { x, y } = tinyData()
    const model = tinyModel()
    model.compile({ loss: 'binary_crossentropy', optimizer: 'sgd', metrics: ['accuracy'] })
    const h = model.fit(x, y, { epochs: 2, batchSize: 2, validationSplit: 0.34 })
    expect(Object.keys(h.history).sort()).toEqual(['accuracy', 'loss', 'val_accuracy', 'val_loss'])
  })

  it('evaluates loss and accuracy without changing the weights', () => {
    const { x, y } = tinyData()
    const model = tinyModel()
    model.compile({ loss: 'binary_crossentropy', optimizer: 'sgd', metrics: ['accuracy'] })
    const before = model.getWeights()
    const logs = model.evaluate(x, y)
    expect(Object.keys(logs).sort()).toEqual(['accuracy', 'loss'])
    expect(model.getWeights()).toEqual(before)
  })

  it('round-trips weights through getWeights and setWeights', () => {
    const a = tinyModel(1)
    const b = tinyModel(2)
    b.setWeights(a.getWeights())
    const x = tensor([[0.3, 0.7]])
    expect(b.predict(x).toArray()).toEqual(a.predict(x).toArray())
  })

  it('refuses setWeights with the wrong number of values, naming the weight', () => {
    const model = tinyModel()
    const w = model.getWeights()
    w[0] = new Float32Array(3)
    expect(() => model.setWeights(w)).toThrow(/array 0 \(dense\/kernel\) must hold 16 values, got 3/)
  })

  it('refuses an unknown loss name', () => {
    expect(() => tinyModel().compile({ loss: 'hinge' as LossName, optimizer: 'sgd' })).toThrow(/compile: unknown loss "hinge"/)
  })

  it('refuses an unknown optimizer name', () => {
    expect(() => tinyModel().compile({ loss: 'mse', optimizer: 'lbfgs' as OptimizerName })).toThrow(/compile: unknown optimizer "lbfgs"/)
  })

  it('refuses to fit before compile', () => {
    const { x, y } = tinyData()
    expect(() => tinyModel().fit(x, y)).toThrow(/fit: call compile/)
  })

  it('refuses x and y with different numbers of rows', () => {
    const model = tinyModel()
    model.compile({ loss: 'mse', optimizer: 'sgd' })
    expect(() => model.fit(tensor([[1, 2]]), tensor([[1], [0]]))).toThrow(/x has 1 rows but y has 2/)
  })

  it('predicts in batches and returns one tensor with a row per input', () => {
    const model = tinyModel()
    const x = tensor(Array.from({ length: 70 * 2 }, (_, i) => (i % 7) / 7), [70, 2])
    const all = model.predict(x, { batchSize: 32 })
    expect(all.shape).toEqual([70, 1])
    expect(all.toArray().slice(64)).toEqual(model.predict(tensor(x.toArray().slice(128), [6, 2])).toArray())
  })
})
