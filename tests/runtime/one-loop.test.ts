import { Port } from '../../src/runtime/ports.ts'
import { describe, expect, it } from 'vitest'
import { Adam, Dense, Sequential, input, toCategorical } from '../../src/core/index.ts'
import { Runtime } from '../../src/runtime/runtime.ts'
import type { Dataset, TrainingSnapshot } from '../../src/runtime/values.ts'
import cce from '../../nodes/loss/categorical-crossentropy.ts'
import weightSweep from '../../nodes/analysis/weight-sweep.ts'
import { regressionGraph, trainingRegistryWith } from './helpers/training-graph.ts'
import { graph, link, node } from './helpers/test-nodes.ts'

function snapshotOf(r: Runtime, id = 'fit'): TrainingSnapshot {
  const s = r.value(id, 'training', Port.Training)
  if (!s) throw new Error(`${id} has no output`)
  return s
}

/** iris → Input → Dense(8, relu) → Dense(3, softmax), categorical cross-entropy, Adam 0.01, 5 epochs. */
function softmaxGraph() {
  const doc = regressionGraph({ epochs: 5 })
  for (const n of doc.nodes) {
    if (n.id === 'out') n.params = { units: 3, activation: 'softmax' }
    if (n.id === 'mse') n.type = 'loss/categorical-crossentropy'
  }
  return doc
}

describe('one training loop', () => {
  it('gives a trainer node and Sequential.fit bit-identical histories for the same seeds', async () => {
    const r = new Runtime(trainingRegistryWith(cce), { autoplay: true })
    r.load(softmaxGraph())
    await r.whenIdle()
    const trainer = snapshotOf(r).history

    const data = r.value('std', 'dataset') as Dataset
    const model = new Sequential([input([4]), new Dense({ units: 8, activation: 'relu', name: 'hidden' }), new Dense({ units: 3, activation: 'softmax', name: 'out' })], { seed: 1 })
    model.compile({ loss: 'categorical_crossentropy', optimizer: new Adam({ learningRate: 0.01 }), metrics: ['accuracy'] })
    const fitted = model.fit(data.x, toCategorical(data.y.data, 3), { epochs: 5, batchSize: 30, seed: 2 })

    expect(trainer.map((h) => h.loss)).toEqual(fitted.history.loss)
    expect(trainer.map((h) => h.accuracy)).toEqual(fitted.history.accuracy)
  })
})

describe('a weight sweep fed by the trainer’s loss', () => {
  /** iris → Dense(3, softmax) ← categorical cross-entropy, feeding both a trainer and a weight sweep. */
  function sweepGraph() {
    return graph(
      [
        node('iris', 'data/iris'),
        node('out', 'model/dense', { units: 3, activation: 'softmax' }),
        node('cce', 'loss/categorical-crossentropy'),
        node('adam', 'optimizer/adam'),
        node('fit', 'train/trainer', { epochs: 2 }),
        node('sweep', 'analysis/weight-sweep', { points: 11 }),
      ],
      [
        link('iris', 'dataset', 'out', 'data'),
        link('out', 'model', 'fit', 'model'),
        link('cce', 'loss', 'fit', 'loss'),
        link('adam', 'optimizer', 'fit', 'optimizer'),
        link('out', 'model', 'sweep', 'model'),
        link('cce', 'loss', 'sweep', 'loss'),
      ],
    )
  }

  it('plots the loss for class-index targets, as the trainer trains on them', async () => {
    const r = new Runtime(trainingRegistryWith(cce, weightSweep), { autoplay: true })
    r.load(sweepGraph())
    await r.whenIdle()
    expect(r.stateNow('sweep').error).toBeNull()
    expect(r.stateNow('fit').error).toBeNull()
    const curve = r.value('sweep', 'curve', Port.Chart)
    if (curve?.kind !== 'line') throw new Error('the sweep drew no line chart')
    expect(curve.series[0].y).toHaveLength(11)
    expect(curve.series[0].y.every((v) => Number.isFinite(v) && v > 0)).toBe(true)
    expect(snapshotOf(r).history).toHaveLength(2)
  })
})
