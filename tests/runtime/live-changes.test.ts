import { describe, expect, it } from 'vitest'
import type { Runtime } from '../../src/runtime/runtime.ts'
import { Adam, Dense, Random, SGD, Sequential, TrainingLoop, createLoss, defaultMetrics, input } from '../../src/core/index.ts'
import type { ObjectiveSpec, Optimizer, Reduction } from '../../src/core/index.ts'
import type { GraphDocument } from '../../src/graph/graph-file.ts'
import type { Dataset } from '../../src/runtime/values.ts'
import { regressionGraph, trainingRegistry } from './helpers/training-graph.ts'
import { link, node } from './helpers/test-nodes.ts'
import { loaded as load, replayed as replay, snapshotOf, steps, toTheEnd } from './helpers/live-run.ts'

/*
 * Each change a running trainer can take, made after 7 steps (inside the second epoch of
 * 5 steps): the run carries on with its weights, the change takes effect at its step (the
 * next one, or the next epoch start: step 10), the result is bit-identical to the same
 * training written directly against the core's loop, and the saved file replays it.
 */

const registry = trainingRegistry()
const loaded = (doc: GraphDocument) => load(registry, doc)
const replayed = (live: Runtime) => replay(registry, live)

/** The regression graph with an SGD node waiting beside Adam. */
function withSgd(): GraphDocument {
  const doc = regressionGraph()
  return { ...doc, nodes: [...doc.nodes, node('sgd', 'optimizer/sgd', { learningRate: 0.05, momentum: 0.9 })] }
}

interface Direct {
  readonly loop: TrainingLoop
  readonly raw: Dataset
}

function objectiveOf(l2 = 0, reduction: Reduction = 'mean'): ObjectiveSpec {
  return { loss: createLoss('mse', { reduction }), weightDecay: { l2, perEpoch: false } }
}

/** The regression graph's training written against the core: Input → Dense(8, relu) → Dense(1), seed 1; Adam 0.01; batches of 30 shuffled by Random(2). */
function directLoop(r: Runtime, epochs = 3, optimizer: Optimizer = new Adam({ learningRate: 0.01 })): Direct {
  const data = r.value('std', 'dataset') as Dataset
  const raw = r.value('iris', 'dataset') as Dataset
  const model = new Sequential([input([4]), new Dense({ units: 8, activation: 'relu', name: 'hidden' }), new Dense({ units: 1, name: 'out' })], { seed: 1 })
  const setup = { model, objective: objectiveOf(), optimizer, metrics: defaultMetrics('mse') }
  return { loop: new TrainingLoop(setup, { x: data.x, y: data.y }, { epochs, batchSize: 30, sampling: 'shuffle', rng: new Random(2) }), raw }
}

/** Runs the direct loop to its end, making `change` before step number `at` (after `at` updates). */
function runDirect(d: Direct, at: number, change: (loop: TrainingLoop) => void): number[] {
  while (d.loop.step < at) d.loop.runStep()
  change(d.loop)
  while (!d.loop.done) d.loop.runStep()
  return d.loop.history.map((h) => h.loss)
}

describe('changes a running trainer carries on through', () => {
  it('a new batch size takes effect at the next epoch start, equal to the core loop changed there, and replays', async () => {
    const live = await loaded(regressionGraph())
    await steps(live, 7)
    live.setParam('fit', 'batchSize', 10)
    await live.whenIdle()
    const losses = await toTheEnd(live)
    expect(live.stateNow('fit').evaluations).toBe(2)
    expect(live.document().tweaks).toEqual([{ node: 'fit', param: 'batchSize', from: 30, value: 10, label: 'batch 30 → 10', trainer: 'fit', step: 10 }])
    expect(losses).toEqual(runDirect(directLoop(live), 10, (loop) => loop.setBatching(10, 'shuffle')))
    expect(await replayed(live)).toEqual(losses)
  })

  it('a new sampling takes effect at the next epoch start and replays', async () => {
    const live = await loaded(regressionGraph())
    await steps(live, 7)
    live.setParam('fit', 'sampling', 'replacement')
    await live.whenIdle()
    const losses = await toTheEnd(live)
    expect(losses).toEqual(runDirect(directLoop(live), 10, (loop) => loop.setBatching(30, 'replacement')))
    expect(await replayed(live)).toEqual(losses)
  })

  it('raising the epochs after the run is done trains that many more from where it ended, and replays', async () => {
    const live = await loaded(regressionGraph())
    await toTheEnd(live)
    expect(snapshotOf(live).status).toBe('done')
    live.setParam('fit', 'epochs', 5)
    await live.whenIdle()
    expect(snapshotOf(live).status).toBe('paused')
    const losses = await toTheEnd(live)
    expect(losses).toHaveLength(5)
    expect(live.document().tweaks).toMatchObject([{ node: 'fit', param: 'epochs', from: 3, value: 5, step: 15 }])
    expect(losses).toEqual(runDirect(directLoop(live, 3), 15, (loop) => loop.setEpochs(5)))
    expect(await replayed(live)).toEqual(losses)
  })

  it('connecting another optimizer keeps the weights with a fresh optimizer at the next step, and replays', async () => {
    const live = await loaded(withSgd())
    await steps(live, 7)
    live.disconnect(link('adam', 'optimizer', 'fit', 'optimizer'))
    live.connect(link('sgd', 'optimizer', 'fit', 'optimizer'))
    await live.whenIdle()
    expect(snapshotOf(live).step).toBe(7)
    const losses = await toTheEnd(live)
    expect(live.document().tweaks).toEqual([{ node: 'fit', input: 'optimizer', from: 'adam.optimizer', value: 'sgd.optimizer', label: 'Adam → SGD', trainer: 'fit', step: 7 }])
    expect(losses).toEqual(runDirect(directLoop(live), 7, (loop) => loop.setOptimizer(new SGD({ learningRate: 0.05, momentum: 0.9 }))))
    expect(await replayed(live)).toEqual(losses)
  })

  it('connecting the first optimizer back (an undo of the swap) carries the run on again with a fresh optimizer, and replays', async () => {
    const live = await loaded(withSgd())
    await steps(live, 7)
    live.disconnect(link('adam', 'optimizer', 'fit', 'optimizer'))
    live.connect(link('sgd', 'optimizer', 'fit', 'optimizer'))
    await live.whenIdle()
    await steps(live, 2)
    live.disconnect(link('sgd', 'optimizer', 'fit', 'optimizer'))
    live.connect(link('adam', 'optimizer', 'fit', 'optimizer'))
    await live.whenIdle()
    expect(snapshotOf(live).step).toBe(9)
    const losses = await toTheEnd(live)
    expect(live.document().tweaks.map((t) => [t.label, t.step])).toEqual([['Adam → SGD', 7], ['SGD → Adam', 9]])
    const direct = directLoop(live)
    while (direct.loop.step < 7) direct.loop.runStep()
    direct.loop.setOptimizer(new SGD({ learningRate: 0.05, momentum: 0.9 }))
    expect(runDirect(direct, 9, (loop) => loop.setOptimizer(new Adam({ learningRate: 0.01 })))).toEqual(losses)
    expect(await replayed(live)).toEqual(losses)
  })

  it('a speed change records no tweak: a later change is labelled with its own change alone', async () => {
    const live = await loaded(regressionGraph())
    await steps(live, 2)
    live.setParam('fit', 'speed', '5')
    await live.whenIdle()
    await steps(live, 5)
    live.setParam('fit', 'batchSize', 10)
    await live.whenIdle()
    await toTheEnd(live)
    expect(live.document().tweaks.map((t) => t.label)).toEqual(['batch 30 → 10'])
  })

  it('a new L2 weight on the loss takes effect at the next epoch start and replays', async () => {
    const live = await loaded(regressionGraph())
    await steps(live, 7)
    live.setParam('mse', 'l2', 0.01)
    await live.whenIdle()
    const losses = await toTheEnd(live)
    expect(live.document().tweaks).toMatchObject([{ node: 'mse', param: 'l2', from: 0, value: 0.01, step: 10 }])
    expect(losses).toEqual(runDirect(directLoop(live), 10, (loop) => loop.setObjective(objectiveOf(0.01), defaultMetrics('mse'))))
    expect(await replayed(live)).toEqual(losses)
  })

  it('a new reduction of the loss takes effect at the next epoch start and replays', async () => {
    const live = await loaded(regressionGraph())
    await steps(live, 7)
    live.setParam('mse', 'reduction', 'sum')
    await live.whenIdle()
    const losses = await toTheEnd(live)
    expect(losses).toEqual(runDirect(directLoop(live), 10, (loop) => loop.setObjective(objectiveOf(0, 'sum'), defaultMetrics('mse'))))
    expect(await replayed(live)).toEqual(losses)
  })

  it('turning standardization off trains the same weights on the raw data from the next epoch start, and replays', async () => {
    const live = await loaded(regressionGraph())
    const direct = directLoop(live)
    await steps(live, 7)
    live.setParam('std', 'enabled', false)
    await live.whenIdle()
    const losses = await toTheEnd(live)
    expect(live.document().tweaks).toEqual([{ node: 'std', param: 'enabled', from: true, value: false, label: 'standardize off', trainer: 'fit', step: 10 }])
    expect(losses).toEqual(runDirect(direct, 10, (loop) => loop.setData({ x: direct.raw.x, y: direct.raw.y }, null)))
    expect(await replayed(live)).toEqual(losses)
  })
})

/** The regression graph with a second trainer of its own model (seed 3, 4 units) sharing the Adam node. */
function sharedOptimizer(): GraphDocument {
  const doc = regressionGraph()
  return {
    ...doc,
    nodes: [...doc.nodes, node('in2', 'model/input', { seed: 3 }), node('hidden2', 'model/dense', { units: 4, activation: 'tanh' }), node('out2', 'model/dense', { units: 1 }), node('fit2', 'train/trainer', { epochs: 3, batchSize: 25, seed: 4 })],
    connections: [
      ...doc.connections,
      link('std', 'dataset', 'in2', 'data'),
      link('in2', 'model', 'hidden2', 'model'),
      link('hidden2', 'model', 'out2', 'model'),
      link('out2', 'model', 'fit2', 'model'),
      link('mse', 'loss', 'fit2', 'loss'),
      link('adam', 'optimizer', 'fit2', 'optimizer'),
    ],
  }
}

describe('an optimizer node two trainers share', () => {
  it('a hyperparameter change is recorded by each trainer at its own step, and the replay gives each the change at that step', async () => {
    const live = await loaded(sharedOptimizer())
    await steps(live, 7)
    await steps(live, 3, 'fit2')
    live.setParam('adam', 'learningRate', 0.05)
    await live.whenIdle()
    live.command('play')
    await live.whenIdle()
    expect(live.document().tweaks.map((t) => [t.trainer, t.step])).toEqual([
      ['fit', 7],
      ['fit2', 3],
    ])
    const losses = (r: Runtime, id: string) => snapshotOf(r, id).history.map((h) => h.loss)
    const replay = await load(registry, live.document(), true)
    expect([losses(replay, 'fit'), losses(replay, 'fit2')]).toEqual([losses(live, 'fit'), losses(live, 'fit2')])
  })
})
