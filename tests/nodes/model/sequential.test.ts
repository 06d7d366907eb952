import { describe, expect, it } from 'vitest'
import logistic2d from '../../../nodes/data/logistic-2d.ts'
import dense from '../../../nodes/model/dense.ts'
import dropout from '../../../nodes/model/dropout.ts'
import batchNorm from '../../../nodes/model/batch-normalization.ts'
import activationLayer from '../../../nodes/model/activation-layer.ts'
import sequential from '../../../nodes/model/sequential.ts'
import summary from '../../../nodes/model/summary.ts'
import { buildModel } from '../../../src/runtime/model-builder.ts'
import type { ModelSpec } from '../../../src/runtime/values.ts'
import { TrainingLoop, Adam, meanSquaredError, Random } from '../../../src/core/index.ts'
import type { LayerListEntry } from '../../../src/core/index.ts'
import { evaluate } from '../helpers/evaluate.ts'

const STACK: LayerListEntry[] = [
  { type: 'dense', units: 6, activation: 'tanh' },
  { type: 'batchnorm' },
  { type: 'dropout', rate: 0.3 },
  { type: 'dense', units: 5, activation: 'linear' },
  { type: 'activation', activation: 'elu' },
  { type: 'dense', units: 1, activation: 'sigmoid' },
]

async function data() {
  return (await evaluate(logistic2d, {})).dataset
}

async function viaSequential(seed = 3): Promise<ModelSpec> {
  return (await evaluate(sequential, { data: await data(), model: undefined }, { layers: STACK, seed })).model
}

/** The same stack as a chain of layer nodes. */
async function viaChain(seed = 3): Promise<ModelSpec> {
  let { model } = await evaluate(dense, { data: await data(), model: undefined }, { units: 6, activation: 'tanh', seed }, { nodeId: 'd1' })
  model = (await evaluate(batchNorm, { model }, {}, { nodeId: 'bn' })).model
  model = (await evaluate(dropout, { model }, { rate: 0.3 }, { nodeId: 'drop' })).model
  model = (await evaluate(dense, { model, data: undefined }, { units: 5, activation: 'linear' }, { nodeId: 'd2' })).model
  model = (await evaluate(activationLayer, { model }, { activation: 'elu' }, { nodeId: 'act' })).model
  return (await evaluate(dense, { model, data: undefined }, { units: 1, activation: 'sigmoid' }, { nodeId: 'd3' })).model
}

const weights = (spec: ModelSpec): number[][] => buildModel(spec).weights.map((w) => Array.from(w.data))

/** Ten training steps of a built model, with dropout and batch statistics active. */
function trainTen(spec: ModelSpec): number[] {
  const model = buildModel(spec)
  const d = spec.data
  if (!d) throw new Error('no data')
  const loop = new TrainingLoop({ model, objective: { loss: meanSquaredError() }, optimizer: new Adam(), metrics: [] }, { x: d.x, y: d.y }, { epochs: 10, batchSize: 8, sampling: 'shuffle', rng: new Random(1) })
  const losses: number[] = []
  while (!loop.done) losses.push(loop.runStep().loss)
  return [...losses, ...model.weights.flatMap((w) => Array.from(w.data))]
}

describe('model/sequential', () => {
  it('draws the same initial weights, in the same order, as the equivalent chain of layer nodes', async () => {
    expect(weights(await viaSequential())).toEqual(weights(await viaChain()))
  })

  it('trains bit-identically to the equivalent chain, dropout masks included', async () => {
    expect(trainTen(await viaSequential())).toEqual(trainTen(await viaChain()))
  })

  it('draws other weights and masks from another seed', async () => {
    expect(trainTen(await viaSequential(4))).not.toEqual(trainTen(await viaSequential(3)))
  })

  it('extends a model connected to it', async () => {
    const start = await evaluate(dense, { data: await data(), model: undefined }, { units: 4 }, { nodeId: 'first' })
    const { model } = await evaluate(sequential, { data: undefined, model: start.model }, { layers: [{ type: 'dense', units: 2, activation: 'softmax' }] })
    expect(buildModel(model).summaryData().rows.map((r) => r.params)).toEqual([12, 10])
  })

  it('names its layers as Keras does', async () => {
    expect(buildModel(await viaSequential()).layers.map((l) => l.name)).toEqual(['dense', 'batch_normalization', 'dropout', 'dense_1', 'activation', 'dense_2'])
  })

  it('keeps the names its layers are given', async () => {
    const { model } = await evaluate(sequential, { data: await data(), model: undefined }, { layers: [{ type: 'dense', units: 4, name: 'hidden' }, { type: 'dense', units: 1 }] })
    expect(buildModel(model).layers.map((l) => l.name)).toEqual(['hidden', 'dense'])
  })

  it('refuses a dropout rate of 1, naming the layer and the field', async () => {
    const bad = evaluate(sequential, { data: await data(), model: undefined }, { layers: [{ type: 'dropout', rate: 1 }] })
    await expect(bad).rejects.toThrow('layers[0] (dropout): rate must be in [0, 1), got 1')
  })

  it('refuses zero units, naming the layer and the field', async () => {
    const layers = [{ type: 'dense', units: 4 }, { type: 'dense', units: 0 }] as LayerListEntry[]
    await expect(evaluate(sequential, { data: await data(), model: undefined }, { layers })).rejects.toThrow('layers[1] (dense): units must be a whole number from 1 to 4096, got 0')
  })

  it('needs a Dataset or a Model to start from', async () => {
    await expect(evaluate(sequential, { data: undefined, model: undefined })).rejects.toThrow(/connect a Model .* or a Dataset/)
  })
})

describe('model/summary of a stack with batch normalization', () => {
  it('counts the moving statistics as non-trainable params, as Keras does', async () => {
    const { model } = await evaluate(sequential, { data: await data(), model: undefined }, { layers: [{ type: 'dense', units: 20, activation: 'relu' }, { type: 'batchnorm' }, { type: 'dropout', rate: 0.5 }, { type: 'dense', units: 3, activation: 'softmax' }] })
    const { table } = await evaluate(summary, { model })
    expect(table.rows.map((r) => r[2])).toEqual([60, 80, 0, 63])
    expect(table.footer).toEqual(['Total params: 203', 'Trainable params: 163', 'Non-trainable params: 40'])
  })
})

