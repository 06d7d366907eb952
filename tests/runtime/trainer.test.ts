import { describe, expect, it } from 'vitest'
import { Runtime } from '../../src/runtime/runtime.ts'
import { TrainingSession } from '../../src/runtime/training/session.ts'
import type { Dataset, LossSpec, ModelSpec, OptimizerSpec, TrainingSnapshot } from '../../src/runtime/values.ts'
import { regressionGraph, trainingRegistry } from './helpers/training-graph.ts'

async function loaded(doc = regressionGraph(), autoplay = false): Promise<Runtime> {
  const r = new Runtime(trainingRegistry(), { autoplay })
  r.load(doc)
  await r.whenIdle()
  return r
}

function snapshotOf(r: Runtime): TrainingSnapshot {
  const s = r.value<TrainingSnapshot>('fit', 'training')
  if (!s) throw new Error('the trainer has no output')
  return s
}

async function run(r: Runtime, cmd: 'play' | 'stepBatch' | 'stepEpoch', times = 1): Promise<void> {
  for (let i = 0; i < times; i++) {
    r.command(cmd, 'fit')
    await r.whenIdle()
  }
}

/** The same training computed directly with a session, switching the rate before `switchStep`. */
function directRun(r: Runtime, switchStep: number, newRate: number): number[] {
  const spec = (id: string, port: string) => r.value(id, port)
  const session = new TrainingSession(
    spec('std', 'dataset') as Dataset,
    null,
    spec('out', 'model') as ModelSpec,
    spec('mse', 'loss') as LossSpec,
    { nodeId: 'adam', kind: 'adam', config: { learningRate: 0.01, beta1: 0.9, beta2: 0.999, epsilon: 1e-7 }, fullBatch: false },
    { epochs: 3, batchSize: 30, sampling: 'shuffle', seed: 2, generator: 'default', skipUniforms: 0, recordTrajectory: false, recordGradNorms: false },
  )
  while (!session.done) {
    if (session.step === switchStep) session.optimizer.learningRate = newRate
    session.runStep()
  }
  return session.history.map((h) => h.loss)
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

  it('applies a learning-rate change at the next step, keeping Adam’s moments, as a direct run switching there would', async () => {
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

  it('restarts the trainer when a structural input changes', async () => {
    const r = await loaded()
    await run(r, 'stepBatch', 3)
    r.setParam('hidden', 'units', 4)
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

  it('emits step and epoch events as it trains', async () => {
    const r = await loaded()
    const kinds: string[] = []
    r.events.subscribe((e) => kinds.push(e.event.kind))
    await run(r, 'stepEpoch')
    expect(kinds.filter((k) => k === 'step')).toHaveLength(5)
    expect(kinds.filter((k) => k === 'epoch')).toHaveLength(1)
  })
})
