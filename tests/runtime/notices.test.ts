import { Port } from '../../src/runtime/ports.ts'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { tensor } from '../../src/core/index.ts'
import { createRegistry } from '../../nodes/index.ts'
import { loadGraphFile } from '../../src/cli/load-graph.ts'
import { Runtime } from '../../src/runtime/runtime.ts'
import { chanceAccuracy, trainingNotice } from '../../src/runtime/training/notices.ts'
import type { EpochRecord, TrainingSnapshot } from '../../src/runtime/values.ts'

const epochs = (losses: readonly number[], accuracy = 1 / 3): EpochRecord[] => losses.map((loss, i) => ({ epoch: i + 1, loss, accuracy }))

describe('training notices', () => {
  it('says the loss exploded when it grows above ten times its first epoch’s', () => {
    expect(trainingNotice(epochs([1, 5, 10.5], 0.9), 0.34)?.kind).toBe('exploding')
  })

  it('says nothing while the loss stays below ten times its first epoch’s', () => {
    expect(trainingNotice(epochs([1, 5, 9.9], 0.9), 0.34)).toBeNull()
  })

  it('says the loss stalled after 20 epochs without improvement while the accuracy is at chance', () => {
    const notice = trainingNotice(epochs([9.1, ...Array(20).fill(10.75)]), 1 / 3)
    expect(notice).toMatchObject({ kind: 'stalled', epoch: 21 })
    expect(notice?.message).toMatch(/the learning rate may be too high/)
  })

  it('waits for 20 epochs without improvement before saying the loss stalled', () => {
    expect(trainingNotice(epochs([9.1, ...Array(19).fill(10.75)]), 1 / 3)).toBeNull()
  })

  it('says nothing of a flat loss when the accuracy is well above chance', () => {
    expect(trainingNotice(epochs(Array(30).fill(0.05), 0.98), 1 / 3)).toBeNull()
  })

  it('says nothing of a flat loss without classes to be at chance with', () => {
    expect(trainingNotice(epochs(Array(30).fill(0.05)), null)).toBeNull()
  })

  it('counts an improvement smaller than 1e-4 of the best loss as none', () => {
    const losses = Array.from({ length: 21 }, (_, i) => 2 - i * 1e-6)
    expect(trainingNotice(epochs(losses), 1 / 3)?.kind).toBe('stalled')
  })

  it('measures chance as the share of the commonest class, for class indices and one-hot rows', () => {
    expect(chanceAccuracy(tensor([[0], [1], [1], [2]]), 'index')).toBe(0.5)
    expect(chanceAccuracy(tensor([[1, 0], [0, 1], [0, 1]]), 'one-hot')).toBeCloseTo(2 / 3)
    expect(chanceAccuracy(tensor([[1.5], [2]]), 'real')).toBeNull()
  })
})

describe('the iris example’s trainer', () => {
  const file = fileURLToPath(new URL('../../examples/iris-standardization.flowgrad.json', import.meta.url))

  async function trained(learningRate: number, epochCount: number): Promise<TrainingSnapshot> {
    const registry = createRegistry()
    const doc = loadGraphFile(file, registry)
    for (const n of doc.nodes) {
      if (n.id === 'std-adam') n.params.learningRate = learningRate
      if (n.type === 'train/trainer') n.params.epochs = epochCount
    }
    doc.nodes = doc.nodes.filter((n) => n.id !== 'fit-raw')
    doc.connections = doc.connections.filter((c) => c.from.node !== 'fit-raw' && c.to.node !== 'fit-raw')
    const r = new Runtime(registry, { autoplay: true })
    r.load(doc)
    await r.whenIdle()
    const s = r.value('fit-std', 'training', Port.Training)
    if (!s) throw new Error('fit-std has no output')
    return s
  }

  it('says the loss stalled within 25 epochs at learning rate 10', async () => {
    const s = await trained(10, 25)
    expect(s.notice?.kind).toBe('stalled')
    expect(s.notice?.epoch).toBeLessThanOrEqual(25)
  })

  it('never says so at learning rate 0.001', async () => {
    const s = await trained(0.001, 100)
    expect(s.history).toHaveLength(100)
    expect(s.notice).toBeNull()
  })
})
