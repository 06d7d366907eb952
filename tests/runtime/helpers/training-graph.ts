import { NodeRegistry } from '../../../src/runtime/registry.ts'
import iris from '../../../nodes/data/iris.ts'
import standardize from '../../../nodes/preprocess/standardize.ts'
import inputNode from '../../../nodes/model/input.ts'
import dense from '../../../nodes/model/dense.ts'
import mse from '../../../nodes/loss/mse.ts'
import adam from '../../../nodes/optimizer/adam.ts'
import sgd from '../../../nodes/optimizer/sgd.ts'
import trainer from '../../../nodes/train/trainer.ts'
import { graph, link, node } from './test-nodes.ts'
import type { GraphDocument } from '../../../src/graph/graph-file.ts'

export function trainingRegistry(): NodeRegistry {
  return trainingRegistryWith()
}

export function trainingRegistryWith(...extra: Parameters<NodeRegistry['register']>[0][]): NodeRegistry {
  const r = new NodeRegistry()
  for (const def of [iris, standardize, inputNode, dense, mse, adam, sgd, trainer, ...extra]) r.register(def)
  return r
}

/** iris → standardize → Input → Dense(8, relu) → Dense(1) → trainer, mse, Adam. */
export function regressionGraph(trainerParams: Record<string, number | string | boolean> = {}, learningRate = 0.01): GraphDocument {
  return graph(
    [
      node('iris', 'data/iris'),
      node('std', 'preprocess/standardize'),
      node('in', 'model/input', { seed: 1 }),
      node('hidden', 'model/dense', { units: 8, activation: 'relu' }),
      node('out', 'model/dense', { units: 1, activation: 'linear' }),
      node('mse', 'loss/mse'),
      node('adam', 'optimizer/adam', { learningRate }),
      node('fit', 'train/trainer', { epochs: 3, batchSize: 30, seed: 2, ...trainerParams }),
    ],
    [
      link('iris', 'dataset', 'std', 'data'),
      link('std', 'dataset', 'in', 'data'),
      link('in', 'model', 'hidden', 'model'),
      link('hidden', 'model', 'out', 'model'),
      link('out', 'model', 'fit', 'model'),
      link('mse', 'loss', 'fit', 'loss'),
      link('adam', 'optimizer', 'fit', 'optimizer'),
    ],
  )
}
