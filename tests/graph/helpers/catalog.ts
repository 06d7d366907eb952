/** A small catalog shaped like the real node types, for the graph tests. */
import type { Catalog, NodeSchema } from '../../../src/graph/node-schema.ts'
import { param } from '../../../src/graph/params.ts'
import type { ShapeFn, ShapeFns } from '../../../src/graph/shapes.ts'

function schema(s: Omit<NodeSchema, 'category' | 'doc' | 'title'>): NodeSchema {
  return { ...s, title: s.type, category: s.type.split('/')[0], doc: `Test node ${s.type}.` }
}

export const NODE_TYPES: readonly NodeSchema[] = [
  schema({ type: 'data/iris', inputs: {}, outputs: { dataset: { type: 'Dataset' } }, params: {} }),
  schema({
    type: 'preprocess/standardize',
    inputs: { data: { type: 'Dataset' } },
    outputs: { dataset: { type: 'Dataset' }, stats: { type: 'Table' } },
    params: {},
  }),
  schema({
    type: 'model/input',
    inputs: {},
    outputs: { model: { type: 'Model' } },
    params: { units: param.integer({ default: 4, min: 1, max: 4096 }) },
  }),
  schema({
    type: 'model/dense',
    inputs: { model: { type: 'Model' } },
    outputs: { model: { type: 'Model' } },
    params: {
      units: param.integer({ default: 8, min: 1, max: 4096 }),
      activation: param.select({ default: 'relu', options: ['linear', 'relu', 'sigmoid', 'tanh'] }),
    },
  }),
  schema({ type: 'loss/mse', inputs: {}, outputs: { loss: { type: 'Loss' } }, params: {} }),
  schema({
    type: 'optimizer/adam',
    inputs: {},
    outputs: { optimizer: { type: 'Optimizer' } },
    params: {
      learningRate: param.number({ default: 0.001, min: 1e-6, max: 10, scale: 'log' }),
      beta1: param.number({ default: 0.9, min: 0, max: 0.9999 }),
    },
  }),
  schema({
    type: 'train/trainer',
    longRunning: true,
    inputs: {
      data: { type: 'Dataset' },
      validation: { type: 'Dataset', optional: true },
      model: { type: 'Model' },
      loss: { type: 'Loss' },
      optimizer: { type: 'Optimizer', live: true },
    },
    outputs: { training: { type: 'Training' } },
    params: {
      epochs: param.integer({ default: 10, min: 1, max: 100000 }),
      shuffle: param.boolean({ default: true }),
    },
  }),
  schema({
    type: 'plot/training-curves',
    inputs: { runs: { type: 'Training', multiple: true, optional: true } },
    outputs: { chart: { type: 'Chart' } },
    params: {},
  }),
  schema({
    type: 'math/tensor',
    inputs: {},
    outputs: { tensor: { type: 'Tensor' } },
    params: {
      shape: param.shape({ default: [2, 3] }),
      values: param.numbers({ default: [] }),
    },
  }),
]

export const catalog: Catalog = {
  get: (type) => NODE_TYPES.find((s) => s.type === type),
  all: () => NODE_TYPES,
}

const SHAPES: Readonly<Record<string, ShapeFn>> = {
  'data/iris': () => ({ dataset: [150, 4] }),
  'preprocess/standardize': ({ data }) => ({ dataset: data, stats: data ? [data[1] ?? null, 2] : undefined }),
  'model/input': (_, params) => ({ model: [null, Number(params.units)] }),
  'model/dense': ({ model }, params) => ({ model: model ? [model[0] ?? null, Number(params.units)] : undefined }),
  'math/tensor': (_, params) => ({ tensor: Array.isArray(params.shape) ? params.shape.map(Number) : undefined }),
}

export const shapeFns: ShapeFns = (type) => SHAPES[type]
