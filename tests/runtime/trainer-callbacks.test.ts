import { describe, expect, it } from 'vitest'
import { Adam, Dense, Sequential, input } from '../../src/core/index.ts'
import { Runtime } from '../../src/runtime/runtime.ts'
import type { TrainingSnapshot } from '../../src/runtime/values.ts'
import { Port } from '../../src/runtime/ports.ts'
import { regressionGraph, trainingRegistry } from './helpers/training-graph.ts'

async function run(trainerParams: Record<string, number | string | boolean>): Promise<TrainingSnapshot> {
  const r = new Runtime(trainingRegistry(), { autoplay: true })
  r.load(regressionGraph(trainerParams))
  await r.whenIdle()
  const s = r.value('fit', 'training', Port.Training)
  if (!s) throw new Error('no training output')
  return s
}

describe('a trainer’s callbacks', () => {
  it('use an exponential schedule per step, from the optimizer’s rate', async () => {
    const s = await run({ schedule: 'exponential', decaySteps: 5, decayRate: 0.5 })
    expect(s.steps.map((st) => st.learningRate)).toEqual(s.steps.map((_, k) => 0.01 * 0.5 ** (k / 5)))
  })

  it('train as Sequential.fit does with the same schedule: one loop', async () => {
    const s = await run({ schedule: 'step', decaySteps: 3, decayRate: 0.5 })
    const r = new Runtime(trainingRegistry(), { autoplay: false })
    r.load(regressionGraph())
    await r.whenIdle()
    const data = r.value('std', 'dataset', Port.Dataset)
    if (!data) throw new Error('no data')
    const model = new Sequential([input([4]), new Dense({ units: 8, activation: 'relu', name: 'hidden' }), new Dense({ units: 1, name: 'out' })], { seed: 1 })
    model.compile({ loss: 'mse', optimizer: new Adam({ learningRate: 0.01 }) })
    const fitted = model.fit(data.x, data.y, { epochs: 3, batchSize: 30, seed: 2, schedule: { kind: 'step', decaySteps: 3, decayRate: 0.5 } })
    expect(s.history.map((h) => h.loss)).toEqual(fitted.history.loss)
  })

  it('stop early, and say where', async () => {
    // An improvement must beat the best by 10: only the first epoch does, so patience 0 stops after epoch 2.
    const s = await run({ epochs: 20, earlyStopping: true, monitor: 'loss', patience: 0, minDelta: 10 })
    expect(s.status).toBe('done')
    expect(s.history).toHaveLength(2)
    expect(s.earlyStop).toEqual({ stoppedEpoch: 2, bestEpoch: 1 })
  })

  it('report a monitored validation quantity without validation data on the trainer', async () => {
    const r = new Runtime(trainingRegistry(), { autoplay: true })
    r.load(regressionGraph({ earlyStopping: true }))
    await r.whenIdle()
    expect(r.stateNow('fit').error).toMatch(/early stopping monitors "val_loss", which this run does not log/)
  })
})
