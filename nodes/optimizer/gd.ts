import { defineNode, output } from '../../src/runtime/define-node.ts'
import { Port } from '../../src/runtime/ports.ts'
import { learningRateParam } from './learning-rate.ts'

export default defineNode({
  type: 'optimizer/gd',
  title: 'Gradient descent',
  doc: 'Full-batch gradient descent: one update per epoch from the gradient over the whole data set, w ← w − lr·∇L. Exact but slow on big data; compare with SGD.',
  inputs: {},
  outputs: { optimizer: output(Port.Optimizer) },
  params: { learningRate: learningRateParam(0.1) },
  evaluate: ({ nodeId, params }) => ({ optimizer: { nodeId, kind: 'sgd', config: { learningRate: params.learningRate }, fullBatch: true } }),
})
