import { describe, expect, it } from 'vitest'
import { meanSquaredError } from '../../src/core/index.ts'
import type { LayerEntryValue } from '../../src/graph/graph-file.ts'
import { Runtime } from '../../src/runtime/runtime.ts'
import { Port } from '../../src/runtime/ports.ts'
import sequential from '../../nodes/model/sequential.ts'
import { trainingRegistryWith } from './helpers/training-graph.ts'
import { graph, link, node } from './helpers/test-nodes.ts'

/** iris → standardize → Sequential(dense 8 relu, batchnorm, dropout 0.5, dense 1) → trainer (mse, Adam). */
async function trained() {
  const r = new Runtime(trainingRegistryWith(sequential), { autoplay: true })
  const layers: LayerEntryValue[] = [{ type: 'dense', units: 8, activation: 'relu' }, { type: 'batchnorm' }, { type: 'dropout', rate: 0.5 }, { type: 'dense', units: 1 }]
  r.load(
    graph(
      [
        node('iris', 'data/iris'),
        node('std', 'preprocess/standardize'),
        node('seq', 'model/sequential', { layers, seed: 1 }),
        node('mse', 'loss/mse'),
        node('adam', 'optimizer/adam', { learningRate: 0.01 }),
        node('fit', 'train/trainer', { epochs: 3, batchSize: 30, seed: 2, recordTrajectory: true }),
      ],
      [
        link('iris', 'dataset', 'std', 'data'),
        link('std', 'dataset', 'seq', 'data'),
        link('seq', 'model', 'fit', 'model'),
        link('mse', 'loss', 'fit', 'loss'),
        link('adam', 'optimizer', 'fit', 'optimizer'),
      ],
    ),
  )
  await r.whenIdle()
  const snapshot = r.value('fit', 'training', Port.Training)
  const data = r.value('std', 'dataset', Port.Dataset)
  if (!snapshot || !data) throw new Error('no output')
  return { snapshot, data }
}

describe('a trainer fed by a Sequential node with batch normalization and dropout', () => {
  it('trains to the end with finite losses', async () => {
    const { snapshot } = await trained()
    expect(snapshot.status).toBe('done')
    expect(snapshot.history.every((h) => Number.isFinite(h.loss))).toBe(true)
  })

  it('evaluates the loss surface with the trained moving statistics, as the model predicts', async () => {
    const { snapshot, data } = await trained()
    const last = snapshot.trajectory?.at(-1)
    if (!last || !snapshot.lossAt || !snapshot.predict) throw new Error('nothing recorded')
    const predicted = meanSquaredError().compute(data.y, snapshot.predict(data.x)).item()
    expect(snapshot.lossAt(last)).toBe(predicted)
  })
})
