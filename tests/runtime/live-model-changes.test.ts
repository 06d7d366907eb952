import { describe, expect, it } from 'vitest'
import { Adam, BatchNormalization, Dense, Dropout, Random, Sequential, TrainingLoop, carryOver, createLoss, defaultMetrics, input } from '../../src/core/index.ts'
import type { Layer } from '../../src/core/index.ts'
import type { Runtime } from '../../src/runtime/runtime.ts'
import type { GraphDocument } from '../../src/graph/graph-file.ts'
import type { Dataset } from '../../src/runtime/values.ts'
import dropout from '../../nodes/model/dropout.ts'
import batchNorm from '../../nodes/model/batch-normalization.ts'
import sequential from '../../nodes/model/sequential.ts'
import { trainingRegistryWith } from './helpers/training-graph.ts'
import { link, node } from './helpers/test-nodes.ts'
import { FIRST, modelGraph, sequentialGraph, stackOf } from './helpers/model-graphs.ts'
import type { Stack } from './helpers/model-graphs.ts'
import { loaded as load, replayed as replay, snapshotOf, steps, toTheEnd } from './helpers/live-run.ts'

/*
 * Each change of the model a running trainer takes, made after 7 steps (inside the second
 * epoch of 5): the run carries on from the next step with the weights carried over (the
 * core's carryOver), bit-identical to the same training written against the core's loop,
 * and the saved file replays it.
 */

const registry = trainingRegistryWith(dropout, batchNorm, sequential)
const loaded = (doc: GraphDocument, autoplay = false) => load(registry, doc, autoplay)
const replayed = (live: Runtime) => replay(registry, live)

/** The graph's model written against the core, layers named as the runtime names a layer node's layer. */
function coreModel(s: Stack): Sequential {
  const extra: Layer[] = s.extra ? [new Dense({ units: 16, activation: 'relu', name: 'extra' })] : []
  const layers = [new Dense({ units: s.units, activation: s.activation, name: 'hidden' }), ...extra, new Dropout({ rate: s.rate, name: 'drop' }), new BatchNormalization({ name: 'bn' }), new Dense({ units: 1, name: 'out' })]
  return new Sequential([input([4]), ...layers], { seed: 1 })
}

/** The run against the core: `from` trained to step `at`, carried over into `to`, trained to the end. */
function direct(r: Runtime, from: Stack, at: number, to: Stack): number[] {
  return directStack(r, coreModel(from), at, coreModel(to))
}

/** Seven steps of `doc`, then `change`: the live runtime, the run carried on (not restarted). */
async function changedAfterSeven(change: (r: Runtime) => void, doc = modelGraph()): Promise<Runtime> {
  const live = await loaded(doc)
  await steps(live, 7)
  change(live)
  await live.whenIdle()
  expect(snapshotOf(live)).toMatchObject({ step: 7, runId: 1, earlier: [] })
  return live
}

describe('model changes a running trainer carries on through', () => {
  it('widening a layer from 16 to 32 units carries on from the next step, equal to the core run, and replays', async () => {
    const live = await changedAfterSeven((r) => r.setParam('hidden', 'units', 32))
    const losses = await toTheEnd(live)
    expect(live.document().tweaks).toEqual([{ node: 'hidden', param: 'units', from: 16, value: 32, label: '+16 units in hidden', trainer: 'fit', step: 7 }])
    expect(losses).toEqual(direct(live, FIRST, 7, { ...FIRST, units: 32 }))
    expect(await replayed(live)).toEqual(losses)
  })

  it('the first loss after widening is the loss the unchanged model has on that batch: the function is kept', async () => {
    const noDropout = modelGraph({ ...FIRST, rate: 0 })
    const live = await changedAfterSeven((r) => r.setParam('hidden', 'units', 32), noDropout)
    const twin = await loaded(noDropout)
    await steps(live, 1)
    await steps(twin, 8)
    const after = snapshotOf(live).steps[7].loss
    expect(Number.isFinite(after)).toBe(true)
    expect(after).toBeCloseTo(snapshotOf(twin).steps[7].loss, 6)
  })

  it('a slider drag over a layer’s width is one tweak from the first value to the last, and replays each value at its step', async () => {
    const live = await loaded(modelGraph())
    await steps(live, 7)
    for (const units of [18, 22, 24]) {
      live.setParam('hidden', 'units', units, 1)
      await live.whenIdle()
      await steps(live, 2)
    }
    const losses = await toTheEnd(live)
    expect(live.document().tweaks).toEqual([
      { node: 'hidden', param: 'units', from: 16, value: 24, label: '+8 units in hidden', trainer: 'fit', step: 7, path: [{ step: 7, value: 18 }, { step: 9, value: 22 }, { step: 11, value: 24 }] },
    ])
    expect(await replayed(live)).toEqual(losses)
  })

  it('narrowing a layer from 16 to 8 units carries on, equal to the core run, and replays', async () => {
    const live = await changedAfterSeven((r) => r.setParam('hidden', 'units', 8))
    const losses = await toTheEnd(live)
    expect(live.document().tweaks).toMatchObject([{ label: '−8 units in hidden', step: 7 }])
    expect(losses).toEqual(direct(live, FIRST, 7, { ...FIRST, units: 8 }))
    expect(await replayed(live)).toEqual(losses)
  })

  it('another activation carries on with the same weights, equal to the core run, and replays', async () => {
    const live = await changedAfterSeven((r) => r.setParam('hidden', 'activation', 'tanh'))
    const losses = await toTheEnd(live)
    expect(live.document().tweaks).toMatchObject([{ node: 'hidden', param: 'activation', from: 'relu', value: 'tanh', label: 'activation relu → tanh', step: 7 }])
    expect(losses).toEqual(direct(live, FIRST, 7, { ...FIRST, activation: 'tanh' }))
    expect(await replayed(live)).toEqual(losses)
  })

  it('another dropout rate carries on with the mask stream continued, equal to the core run, and replays', async () => {
    const live = await changedAfterSeven((r) => r.setParam('drop', 'rate', 0.5))
    const losses = await toTheEnd(live)
    expect(live.document().tweaks).toMatchObject([{ node: 'drop', param: 'rate', from: 0.2, value: 0.5, step: 7 }])
    expect(losses).toEqual(direct(live, FIRST, 7, { ...FIRST, rate: 0.5 }))
    expect(await replayed(live)).toEqual(losses)
  })

  it('a layer inserted by rewiring starts from its initial weights, the others carry on, and it replays', async () => {
    const live = await changedAfterSeven((r) => {
      r.addNode(node('extra', 'model/dense', { units: 16, activation: 'relu' }))
      r.connect(link('hidden', 'model', 'extra', 'model'))
      r.disconnect(link('hidden', 'model', 'drop', 'model'))
      r.connect(link('extra', 'model', 'drop', 'model'))
    })
    const losses = await toTheEnd(live)
    expect(live.document().tweaks).toEqual([{ node: 'drop', input: 'model', from: 'hidden.model', value: 'extra.model', label: '+ layer extra', trainer: 'fit', step: 7 }])
    expect(losses).toEqual(direct(live, FIRST, 7, { ...FIRST, extra: true }))
    expect(await replayed(live)).toEqual(losses)
  })

  it('a layer taken out by rewiring carries the others on, and replays', async () => {
    const deeper = { ...FIRST, extra: true }
    const live = await changedAfterSeven((r) => {
      r.disconnect(link('extra', 'model', 'drop', 'model'))
      r.connect(link('hidden', 'model', 'drop', 'model'))
    }, modelGraph(deeper))
    const losses = await toTheEnd(live)
    expect(live.document().tweaks).toMatchObject([{ label: '− layer extra', step: 7 }])
    expect(losses).toEqual(direct(live, deeper, 7, FIRST))
    expect(await replayed(live)).toEqual(losses)
  })
})

/** The Sequential node's model against the core: auto-named layers, as the node names them. */
function coreStack(...units: number[]): Sequential {
  return new Sequential([input([4]), ...units.map((u) => new Dense({ units: u, activation: 'relu' })), new Dense({ units: 1 })], { seed: 1 })
}

describe('a Sequential node’s layer list changed while it trains', () => {
  it('a wider layer in the list carries on, is labelled by layer, equals the core run, and replays', async () => {
    const live = await changedAfterSeven((r) => r.setParam('seq', 'layers', stackOf(32)), sequentialGraph(16))
    const losses = await toTheEnd(live)
    expect(live.document().tweaks).toMatchObject([{ node: 'seq', param: 'layers', from: stackOf(16), value: stackOf(32), label: '+16 units in layer 1', step: 7 }])
    expect(losses).toEqual(directStack(live, coreStack(16), 7, coreStack(32)))
    expect(await replayed(live)).toEqual(losses)
  })

  it('a layer added to the list carries the others on, equals the core run, and replays', async () => {
    const live = await changedAfterSeven((r) => r.setParam('seq', 'layers', stackOf(16, 16)), sequentialGraph(16))
    const losses = await toTheEnd(live)
    expect(live.document().tweaks).toMatchObject([{ label: '+ layer dense 16', step: 7 }])
    expect(losses).toEqual(directStack(live, coreStack(16), 7, coreStack(16, 16)))
    expect(await replayed(live)).toEqual(losses)
  })
})

/** A run against the core from `from`, carried over into `to` after `at` steps. */
function directStack(r: Runtime, from: Sequential, at: number, to: Sequential): number[] {
  const data = r.value('std', 'dataset') as Dataset
  const optimizer = new Adam({ learningRate: 0.01 })
  const setup = { model: from, objective: { loss: createLoss('mse'), weightDecay: { l2: 0, perEpoch: false } }, optimizer, metrics: defaultMetrics('mse') }
  const loop = new TrainingLoop(setup, { x: data.x, y: data.y }, { epochs: 3, batchSize: 30, sampling: 'shuffle', rng: new Random(2) })
  while (loop.step < at) loop.runStep()
  optimizer.carrySlots(carryOver(loop.setup.model, to))
  loop.setModel(to)
  while (!loop.done) loop.runStep()
  return loop.history.map((h) => h.loss)
}

describe('model changes the weights cannot carry over', () => {
  it('another seed for the initial weights restarts the run, saying why', async () => {
    const live = await loaded(modelGraph())
    await steps(live, 7)
    live.setParam('in', 'seed', 5)
    await live.whenIdle()
    expect(snapshotOf(live).earlier.map((e) => e.reason)).toEqual(['the initial weights changed (seed or generator): restarted'])
  })

  it('with the weight trajectory recorded, a wider layer restarts, saying why', async () => {
    const doc = modelGraph()
    const live = await loaded({ ...doc, nodes: doc.nodes.map((n) => (n.id === 'fit' ? { ...n, params: { ...n.params, recordTrajectory: true } } : n)) })
    await steps(live, 7)
    live.setParam('hidden', 'units', 32)
    await live.whenIdle()
    expect(snapshotOf(live).earlier.map((e) => e.reason)).toEqual(['129 → 257 weights: the recorded weight trajectory cannot follow; restarted'])
  })
})
