import { Port } from '../../src/runtime/ports.ts'
import { describe, expect, it } from 'vitest'
import { Runtime } from '../../src/runtime/runtime.ts'
import { Adam, Dense, Random, Sequential, epochBatches, gatherRows, input } from '../../src/core/index.ts'
import type { Dataset, TrainingSnapshot } from '../../src/runtime/values.ts'
import { regressionGraph, trainingRegistry, trainingRegistryWith } from './helpers/training-graph.ts'
import cce from '../../nodes/loss/categorical-crossentropy.ts'

async function loaded(doc = regressionGraph(), autoplay = false): Promise<Runtime> {
  const r = new Runtime(trainingRegistry(), { autoplay })
  r.load(doc)
  await r.whenIdle()
  return r
}

function snapshotOf(r: Runtime): TrainingSnapshot {
  const s = r.value('fit', 'training', Port.Training)
  if (!s) throw new Error('the trainer has no output')
  return s
}

async function run(r: Runtime, cmd: 'play' | 'stepBatch' | 'stepEpoch', times = 1): Promise<void> {
  for (let i = 0; i < times; i++) {
    r.command(cmd, 'fit')
    await r.whenIdle()
  }
}

/**
 * The same training written directly against the core: the same model (Input → Dense(8,
 * relu) → Dense(1), seed 1), the same minibatches (shuffled by Random(2)), Adam at 0.01,
 * and the rate switched just before update number `switchStep`.
 */
function directRun(r: Runtime, switchStep: number, newRate: number): number[] {
  const data = r.value('std', 'dataset') as Dataset
  const model = new Sequential([input([4]), new Dense({ units: 8, activation: 'relu', name: 'hidden' }), new Dense({ units: 1, name: 'out' })], { seed: 1 })
  const adam = new Adam({ learningRate: 0.01 })
  model.compile({ loss: 'mse', optimizer: adam })
  const rng = new Random(2)
  const losses: number[] = []
  let step = 0
  for (let epoch = 0; epoch < 3; epoch++) {
    let sum = 0
    for (const batch of epochBatches(150, 30, 'shuffle', rng)) {
      if (step++ === switchStep) adam.learningRate = newRate
      sum += model.trainOnBatch(gatherRows(data.x, batch), gatherRows(data.y, batch)).loss * batch.length
    }
    losses.push(sum / 150)
  }
  return losses
}

/** Plain SGD with a huge rate blows up within a few steps. */
function divergingGraph() {
  const doc = regressionGraph({}, 10)
  const opt = doc.nodes.find((n) => n.id === 'adam')
  if (opt) Object.assign(opt, { type: 'optimizer/sgd', params: { learningRate: 10 } })
  return doc
}

describe('the trainer node in the runtime', () => {
  it('waits for play when autoplay is off', async () => {
    const r = await loaded()
    expect(snapshotOf(r)).toMatchObject({ status: 'idle', step: 0, epoch: 0 })
  })

  it('runs every epoch when played and reports done', async () => {
    const r = await loaded()
    await run(r, 'play')
    expect(snapshotOf(r)).toMatchObject({ status: 'done', epoch: 3, step: 15 })
    expect(snapshotOf(r).history).toHaveLength(3)
  })

  it('reports a mean loss’s epoch loss as the sample-weighted mean of its minibatch losses', async () => {
    const r = await loaded()
    await run(r, 'stepEpoch')
    const { history, steps } = snapshotOf(r)
    expect(history[0].loss).toBeCloseTo(steps.reduce((s, x) => s + x.loss, 0) / steps.length, 12)
  })

  it('reports a summed loss’s epoch loss as the total of its minibatch losses', async () => {
    const doc = regressionGraph()
    const mse = doc.nodes.find((n) => n.id === 'mse')
    if (mse) mse.params.reduction = 'sum'
    const r = await loaded(doc)
    await run(r, 'stepEpoch')
    const { history, steps } = snapshotOf(r)
    expect(steps).toHaveLength(5)
    expect(history[0].loss).toBeCloseTo(steps.reduce((s, x) => s + x.loss, 0), 12)
  })

  it('steps exactly one batch, then pauses', async () => {
    const r = await loaded()
    await run(r, 'stepBatch', 2)
    expect(snapshotOf(r)).toMatchObject({ status: 'paused', step: 2, epoch: 0 })
  })

  it('steps to the end of the current epoch, then pauses', async () => {
    const r = await loaded()
    await run(r, 'stepBatch')
    await run(r, 'stepEpoch')
    expect(snapshotOf(r)).toMatchObject({ status: 'paused', step: 5, epoch: 1 })
  })

  it('resets to a fresh run with the same initial weights', async () => {
    const r = await loaded()
    await run(r, 'play')
    const first = snapshotOf(r).history.map((h) => h.loss)
    r.command('reset', 'fit')
    await r.whenIdle()
    expect(snapshotOf(r)).toMatchObject({ status: 'idle', step: 0, runId: 2 })
    await run(r, 'play')
    expect(snapshotOf(r).history.map((h) => h.loss)).toEqual(first)
  })

  it('applies a learning-rate change at the next step, keeping Adam’s moments, exactly as a run written with the core that switches there', async () => {
    const r = await loaded()
    await run(r, 'stepBatch', 7)
    r.setParam('adam', 'learningRate', 0.05)
    await r.whenIdle()
    await run(r, 'play')
    expect(snapshotOf(r).history.map((h) => h.loss)).toEqual(directRun(r, 7, 0.05))
  })

  it('does not restart the trainer when only the live optimizer input changes', async () => {
    const r = await loaded()
    await run(r, 'stepBatch', 3)
    r.setParam('adam', 'learningRate', 0.02)
    await r.whenIdle()
    expect(r.stateNow('fit').evaluations).toBe(1)
    expect(snapshotOf(r).step).toBe(3)
  })

  it('records the live change as a tweak naming the node, param, new and old value, trainer and step', async () => {
    const r = await loaded()
    await run(r, 'stepBatch', 4)
    r.setParam('adam', 'learningRate', 0.02)
    await r.whenIdle()
    expect(r.document().tweaks).toEqual([{ node: 'adam', param: 'learningRate', value: 0.02, from: 0.01, trainer: 'fit', step: 4 }])
  })

  it('replays a file’s tweaks at their step, reproducing the live run exactly', async () => {
    const live = await loaded()
    await run(live, 'stepBatch', 6)
    live.setParam('adam', 'learningRate', 0.05)
    await live.whenIdle()
    await run(live, 'play')
    const replay = await loaded(live.document(), true)
    await replay.whenIdle()
    expect(snapshotOf(replay).history.map((h) => h.loss)).toEqual(snapshotOf(live).history.map((h) => h.loss))
  })

  it('records the live changes of one gesture as one tweak with their path of values and steps', async () => {
    const r = await loaded()
    await run(r, 'stepBatch', 3)
    r.setParam('adam', 'learningRate', 0.02, 7)
    await run(r, 'stepBatch', 2)
    r.setParam('adam', 'learningRate', 0.04, 7)
    await r.whenIdle()
    expect(r.document().tweaks).toEqual([
      { node: 'adam', param: 'learningRate', value: 0.04, from: 0.01, trainer: 'fit', step: 3, path: [{ step: 3, value: 0.02 }, { step: 5, value: 0.04 }] },
    ])
  })

  it('records two gestures as two tweaks', async () => {
    const r = await loaded()
    await run(r, 'stepBatch', 3)
    r.setParam('adam', 'learningRate', 0.02, 7)
    await run(r, 'stepBatch', 2)
    r.setParam('adam', 'learningRate', 0.04, 8)
    await r.whenIdle()
    expect(r.document().tweaks.map((t) => [t.value, t.step])).toEqual([
      [0.02, 3],
      [0.04, 5],
    ])
  })

  it('replays one gesture’s path of values, each at its step, reproducing the live run exactly', async () => {
    const live = await loaded()
    await run(live, 'stepBatch', 3)
    live.setParam('adam', 'learningRate', 0.02)
    await run(live, 'stepBatch', 2)
    live.setParam('adam', 'learningRate', 0.04)
    await live.whenIdle()
    await run(live, 'play')
    const doc = live.document()
    const gesture = { ...doc.tweaks[1], from: 0.01, step: 3, path: [{ step: 3, value: 0.02 }, { step: 5, value: 0.04 }] }
    const replay = await loaded({ ...doc, tweaks: [gesture] }, true)
    await replay.whenIdle()
    expect(snapshotOf(replay).history.map((h) => h.loss)).toEqual(snapshotOf(live).history.map((h) => h.loss))
  })

  it('restarts the trainer when a structural input changes', async () => {
    const r = await loaded()
    await run(r, 'stepBatch', 3)
    r.setParam('in', 'seed', 4)
    await r.whenIdle()
    expect(r.stateNow('fit').evaluations).toBe(2)
    expect(snapshotOf(r).step).toBe(0)
  })

  it('pauses with an error naming the step when the loss diverges', async () => {
    const d = await loaded(divergingGraph(), true)
    const state = d.stateNow('fit')
    expect(state.status).toBe('error')
    expect(state.error).toMatch(/^diverged at step \d+: (loss is (NaN|Infinity)|a weight is not finite)$/)
    expect(snapshotOf(d).status).toBe('error')
  })

  it('keeps the history of a diverged run available downstream', async () => {
    const d = await loaded(divergingGraph(), true)
    expect(snapshotOf(d).steps.length).toBeGreaterThan(0)
  })

  it('starts a trainer when play was pressed before the trainer was ready', async () => {
    const r = new Runtime(trainingRegistry(), { autoplay: false })
    r.load(regressionGraph())
    r.command('play')
    await r.whenIdle()
    expect(snapshotOf(r)).toMatchObject({ status: 'done', epoch: 3 })
  })

  it('keeps a playing trainer running after a structural change restarts it', async () => {
    const r = await loaded(regressionGraph({ epochs: 200 }))
    r.command('play')
    await new Promise((resolve) => setTimeout(resolve, 30))
    r.setParam('in', 'seed', 4)
    await r.whenIdle()
    expect(snapshotOf(r)).toMatchObject({ status: 'done', epoch: 200, runId: 2 })
    expect(r.stateNow('fit').evaluations).toBe(2)
  })

  it('emits step and epoch events as it trains', async () => {
    const r = await loaded()
    const kinds: string[] = []
    r.events.subscribe((e) => kinds.push(e.event.kind))
    await run(r, 'stepEpoch')
    expect(kinds.filter((k) => k === 'step')).toHaveLength(5)
    expect(kinds.filter((k) => k === 'epoch')).toHaveLength(1)
  })
})

describe('targets given as class indices', () => {
  it('train a softmax model with categorical cross-entropy without a One-hot node', async () => {
    const doc = regressionGraph({ epochs: 10 })
    const out = doc.nodes.find((n) => n.id === 'out')
    if (out) out.params = { units: 3, activation: 'softmax' }
    const mse = doc.nodes.find((n) => n.id === 'mse')
    if (mse) mse.type = 'loss/categorical-crossentropy'
    const r = new Runtime(trainingRegistryWith(cce), { autoplay: true })
    r.load(doc)
    await r.whenIdle()
    expect(r.stateNow('fit').error).toBeNull()
    expect(snapshotOf(r).history[9].accuracy).toBeGreaterThan(0.8)
  })
})
