import type { ActivationName } from '../../../src/core/index.ts'
import type { GraphDocument } from '../../../src/graph/graph-file.ts'
import { graph, link, node } from './test-nodes.ts'

/* Graphs whose model the live model-change tests change while they train. */

export interface Stack {
  readonly units: number
  readonly activation: ActivationName
  readonly rate: number
  /** A Dense(16, relu) "extra" after "hidden". */
  readonly extra: boolean
}

export const FIRST: Stack = { units: 16, activation: 'relu', rate: 0.2, extra: false }

/** iris → standardize → Input → Dense "hidden" → [Dense "extra"] → Dropout "drop" → BatchNorm "bn" → Dense(1) "out"; mse, Adam 0.01, batches of 30. */
export function modelGraph(s: Stack = FIRST): GraphDocument {
  const before = s.extra ? 'extra' : 'hidden'
  return graph(
    [
      node('iris', 'data/iris'),
      node('std', 'preprocess/standardize'),
      node('in', 'model/input', { seed: 1 }),
      node('hidden', 'model/dense', { units: s.units, activation: s.activation }),
      ...(s.extra ? [node('extra', 'model/dense', { units: 16, activation: 'relu' })] : []),
      node('drop', 'model/dropout', { rate: s.rate }),
      node('bn', 'model/batch-normalization'),
      node('out', 'model/dense', { units: 1, activation: 'linear' }),
      node('mse', 'loss/mse'),
      node('adam', 'optimizer/adam', { learningRate: 0.01 }),
      node('fit', 'train/trainer', { epochs: 3, batchSize: 30, seed: 2 }),
    ],
    [
      link('iris', 'dataset', 'std', 'data'),
      link('std', 'dataset', 'in', 'data'),
      link('in', 'model', 'hidden', 'model'),
      ...(s.extra ? [link('hidden', 'model', 'extra', 'model')] : []),
      link(before, 'model', 'drop', 'model'),
      link('drop', 'model', 'bn', 'model'),
      link('bn', 'model', 'out', 'model'),
      link('out', 'model', 'fit', 'model'),
      link('mse', 'loss', 'fit', 'loss'),
      link('adam', 'optimizer', 'fit', 'optimizer'),
    ],
  )
}

export /** iris → standardize → Sequential "seq" (dense `units` relu, dense 1), seed 1 → trainer; mse, Adam 0.01. */
function sequentialGraph(units: number): GraphDocument {
  return graph(
    [
      node('iris', 'data/iris'),
      node('std', 'preprocess/standardize'),
      node('seq', 'model/sequential', { seed: 1, layers: stackOf(units) }),
      node('mse', 'loss/mse'),
      node('adam', 'optimizer/adam', { learningRate: 0.01 }),
      node('fit', 'train/trainer', { epochs: 3, batchSize: 30, seed: 2 }),
    ],
    [link('iris', 'dataset', 'std', 'data'), link('std', 'dataset', 'seq', 'data'), link('seq', 'model', 'fit', 'model'), link('mse', 'loss', 'fit', 'loss'), link('adam', 'optimizer', 'fit', 'optimizer')],
  )
}

export function stackOf(...units: number[]): { type: string; units: number; activation: string }[] {
  return [...units.map((u) => ({ type: 'dense', units: u, activation: 'relu' })), { type: 'dense', units: 1, activation: 'linear' }]
}

