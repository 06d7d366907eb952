import { describe, expect, it } from 'vitest'
import { Port } from '../../src/runtime/ports.ts'
import { Runtime } from '../../src/runtime/runtime.ts'
import type { GraphDocument } from '../../src/graph/graph-file.ts'
import type { TrainingSnapshot } from '../../src/runtime/values.ts'
import selectFeatures from '../../nodes/preprocess/select-features.ts'
import { regressionGraph, trainingRegistryWith } from './helpers/training-graph.ts'
import { link, node } from './helpers/test-nodes.ts'

/** The regression graph training on three of iris' four features. */
function threeFeatures(): GraphDocument {
  const doc = regressionGraph()
  const connections = doc.connections.filter((c) => !(c.from.node === 'std' && c.to.node === 'in'))
  return {
    ...doc,
    nodes: [...doc.nodes, node('pick', 'preprocess/select-features', { features: '0, 1, 2' })],
    connections: [...connections, link('std', 'dataset', 'pick', 'data'), link('pick', 'dataset', 'in', 'data')],
  }
}

async function afterSevenSteps(doc: GraphDocument): Promise<Runtime> {
  const r = new Runtime(trainingRegistryWith(selectFeatures))
  r.load(doc)
  await r.whenIdle()
  for (let i = 0; i < 7; i++) {
    r.command('stepBatch', 'fit')
    await r.whenIdle()
  }
  return r
}

function snapshotOf(r: Runtime): TrainingSnapshot {
  const s = r.value('fit', 'training', Port.Training)
  if (!s) throw new Error('the trainer has no output')
  return s
}

describe('changes that make the weights meaningless', () => {
  it('another number of input features restarts the run, saying why, and keeps the earlier run as a segment', async () => {
    const r = await afterSevenSteps(threeFeatures())
    const before = snapshotOf(r).history
    r.setParam('pick', 'features', '0, 1, 2, 3')
    await r.whenIdle()
    const s = snapshotOf(r)
    expect(s.step).toBe(0)
    expect(s.runId).toBe(2)
    expect(s.earlier).toEqual([{ history: before, reason: "3 → 4 input features: the first layer's weights cannot carry over; restarted" }])
    expect(r.document().tweaks).toEqual([])
  })

  it('other features of the same number carry the run on', async () => {
    const r = await afterSevenSteps(threeFeatures())
    r.setParam('pick', 'features', '1, 2, 3')
    await r.whenIdle()
    const s = snapshotOf(r)
    expect(s.step).toBe(7)
    expect(s.earlier).toEqual([])
    expect(r.document().tweaks).toMatchObject([{ node: 'pick', param: 'features', from: '0, 1, 2', value: '1, 2, 3', step: 10 }])
  })

  it('reset starts over from the graph as it stands and forgets the tweaks made so far', async () => {
    const r = await afterSevenSteps(regressionGraph())
    r.setParam('fit', 'batchSize', 10)
    await r.whenIdle()
    expect(r.document().tweaks).toHaveLength(1)
    r.command('reset', 'fit')
    await r.whenIdle()
    expect(snapshotOf(r).step).toBe(0)
    expect(r.document().tweaks).toEqual([])
  })

  it('reset before a file’s tweaks have replayed starts over from the graph as the file holds it, without them', async () => {
    const live = await afterSevenSteps(regressionGraph())
    live.setParam('fit', 'batchSize', 10)
    await live.whenIdle()
    const file = live.document()
    const r = new Runtime(trainingRegistryWith(selectFeatures))
    r.load(file)
    await r.whenIdle()
    for (let i = 0; i < 5; i++) {
      r.command('stepBatch', 'fit')
      await r.whenIdle()
    }
    r.command('reset', 'fit')
    await r.whenIdle()
    expect(r.node('fit')?.params.batchSize).toBe(10)
    expect(r.document().tweaks).toEqual([])
    expect(snapshotOf(r)).toMatchObject({ step: 0, stepsPerEpoch: 15 })
  })
})
