import { describe, expect, it } from 'vitest'
import { Port } from '../../src/runtime/ports.ts'
import { Runtime } from '../../src/runtime/runtime.ts'
import { Adam, Dense, Random, Sequential, TrainingLoop, createLoss, defaultMetrics, input, prepareTargets } from '../../src/core/index.ts'
import type { LossName } from '../../src/core/index.ts'
import type { GraphDocument } from '../../src/graph/graph-file.ts'
import type { Dataset } from '../../src/runtime/values.ts'
import playground from '../../nodes/data/playground-2d.ts'
import bce from '../../nodes/loss/binary-crossentropy.ts'
import { trainingRegistryWith } from './helpers/training-graph.ts'
import { graph, link, node } from './helpers/test-nodes.ts'

/*
 * Generated data and the loss, changed after 7 steps of a Playground circle run (200
 * points in batches of 40: 5 steps an epoch): the run carries on from the next epoch start
 * (step 10), bit-identical to the core's loop changed there, and the saved file replays it.
 */

/** Playground circle → Input → Dense(8, tanh) → Dense(1, sigmoid) → trainer; binary cross-entropy (and an MSE node aside); Adam. */
function circleGraph(): GraphDocument {
  return graph(
    [
      node('pg', 'data/playground-2d', { n: 200, noise: 0, seed: 3 }),
      node('in', 'model/input', { seed: 1 }),
      node('hidden', 'model/dense', { units: 8, activation: 'tanh' }),
      node('out', 'model/dense', { units: 1, activation: 'sigmoid' }),
      node('bce', 'loss/binary-crossentropy'),
      node('mse', 'loss/mse'),
      node('adam', 'optimizer/adam', { learningRate: 0.02 }),
      node('fit', 'train/trainer', { epochs: 4, batchSize: 40, seed: 2 }),
    ],
    [
      link('pg', 'dataset', 'in', 'data'),
      link('in', 'model', 'hidden', 'model'),
      link('hidden', 'model', 'out', 'model'),
      link('out', 'model', 'fit', 'model'),
      link('bce', 'loss', 'fit', 'loss'),
      link('adam', 'optimizer', 'fit', 'optimizer'),
    ],
  )
}

async function loaded(doc: GraphDocument, autoplay = false): Promise<Runtime> {
  const r = new Runtime(trainingRegistryWith(playground, bce), { autoplay })
  r.load(doc)
  await r.whenIdle()
  return r
}

const losses = (r: Runtime) => (r.value('fit', 'training', Port.Training)?.history ?? []).map((h) => h.loss)

async function sevenSteps(r: Runtime): Promise<void> {
  for (let i = 0; i < 7; i++) {
    r.command('stepBatch', 'fit')
    await r.whenIdle()
  }
}

async function toTheEnd(r: Runtime): Promise<number[]> {
  r.command('play', 'fit')
  await r.whenIdle()
  return losses(r)
}

async function replayed(live: Runtime): Promise<number[]> {
  const replay = await loaded(live.document(), true)
  return losses(replay)
}

const widths = { features: 2, outputs: 1 }

/** The same training against the core: at step 10 the data becomes `after` and the loss `loss`. */
function direct(before: Dataset, after: Dataset, loss: LossName): number[] {
  const model = new Sequential([input([2]), new Dense({ units: 8, activation: 'tanh', name: 'hidden' }), new Dense({ units: 1, activation: 'sigmoid', name: 'out' })], { seed: 1 })
  const start = prepareTargets(before, 'binary_crossentropy', widths)
  const setup = { model, objective: { loss: createLoss('binary_crossentropy'), weightDecay: { l2: 0, perEpoch: false } }, optimizer: new Adam({ learningRate: 0.02 }), metrics: defaultMetrics('binary_crossentropy') }
  const loop = new TrainingLoop(setup, { x: start.x, y: start.y }, { epochs: 4, batchSize: 40, sampling: 'shuffle', rng: new Random(2) })
  while (loop.step < 10) loop.runStep()
  if (loss !== 'binary_crossentropy') loop.setObjective({ loss: createLoss(loss), weightDecay: { l2: 0, perEpoch: false } }, defaultMetrics(loss))
  const next = prepareTargets(after, loss, widths)
  loop.setData({ x: next.x, y: next.y }, null)
  while (!loop.done) loop.runStep()
  return loop.history.map((h) => h.loss)
}

describe('generated data and the loss, changed while a trainer runs', () => {
  it('more samples and more noise carry the run on from the next epoch start, and replay', async () => {
    const live = await loaded(circleGraph())
    const before = live.value('pg', 'dataset') as Dataset
    await sevenSteps(live)
    live.setParam('pg', 'n', 300)
    live.setParam('pg', 'noise', 0.2)
    await live.whenIdle()
    const after = live.value('pg', 'dataset') as Dataset
    const result = await toTheEnd(live)
    expect(live.document().tweaks.map((t) => [t.label, t.step])).toEqual([
      ['n 200 → 300', 10],
      ['noise 0 → 0.2', 10],
    ])
    expect(result).toEqual(direct(before, after, 'binary_crossentropy'))
    expect(await replayed(live)).toEqual(result)
  })

  it('another compatible loss, connected in place of the first, carries the run on from the next epoch start, and replays', async () => {
    const live = await loaded(circleGraph())
    const data = live.value('pg', 'dataset') as Dataset
    await sevenSteps(live)
    live.disconnect(link('bce', 'loss', 'fit', 'loss'))
    live.connect(link('mse', 'loss', 'fit', 'loss'))
    await live.whenIdle()
    const result = await toTheEnd(live)
    expect(live.document().tweaks).toMatchObject([{ node: 'fit', input: 'loss', from: 'bce.loss', value: 'mse.loss', label: 'Binary cross-entropy → Mean squared error', step: 10 }])
    expect(result).toEqual(direct(data, data, 'mse'))
    expect(await replayed(live)).toEqual(result)
  })
})

/** The circle graph with a second trainer on the same data: its own model (seed 5), Adam, batches of 25. */
function twoTrainers(): GraphDocument {
  const doc = circleGraph()
  return graph(
    [
      ...doc.nodes,
      node('in2', 'model/input', { seed: 5 }),
      node('hidden2', 'model/dense', { units: 8, activation: 'tanh' }),
      node('out2', 'model/dense', { units: 1, activation: 'sigmoid' }),
      node('adam2', 'optimizer/adam', { learningRate: 0.02 }),
      node('fit2', 'train/trainer', { epochs: 4, batchSize: 25, seed: 4 }),
    ],
    [
      ...doc.connections,
      link('pg', 'dataset', 'in2', 'data'),
      link('in2', 'model', 'hidden2', 'model'),
      link('hidden2', 'model', 'out2', 'model'),
      link('out2', 'model', 'fit2', 'model'),
      link('bce', 'loss', 'fit2', 'loss'),
      link('adam2', 'optimizer', 'fit2', 'optimizer'),
    ],
  )
}

describe('an edit upstream of two trainers', () => {
  it('is recorded by each at its own step, and the replay gives each trainer the change at that step', async () => {
    const live = await loaded(twoTrainers())
    await sevenSteps(live)
    for (let i = 0; i < 3; i++) {
      live.command('stepBatch', 'fit2')
      await live.whenIdle()
    }
    live.setParam('pg', 'noise', 0.3)
    await live.whenIdle()
    live.command('play')
    await live.whenIdle()
    const history = (r: Runtime, id: string) => (r.value(id, 'training', Port.Training)?.history ?? []).map((h) => h.loss)
    expect(live.document().tweaks.map((t) => [t.trainer, t.step])).toEqual([
      ['fit', 10],
      ['fit2', 8],
    ])
    const replay = await loaded(live.document(), true)
    expect([history(replay, 'fit'), history(replay, 'fit2')]).toEqual([history(live, 'fit'), history(live, 'fit2')])
  })
})
