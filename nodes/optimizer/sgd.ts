import { defineNode, output } from '../../src/runtime/define-node.ts'
import { Port } from '../../src/runtime/ports.ts'
import { param } from '../../src/graph/params.ts'
import { learningRateParam } from './learning-rate.ts'

export default defineNode({
  type: 'optimizer/sgd',
  title: 'SGD',
  doc: 'Stochastic gradient descent on minibatches (Keras "sgd"): many cheap, noisy updates per epoch. Momentum accumulates past steps to smooth the path (v ← μv − lr·g; w ← w + v); Nesterov looks ahead.',
  inputs: {},
  outputs: { optimizer: output(Port.Optimizer) },
  params: {
    learningRate: learningRateParam(0.01),
    momentum: param.number({ default: 0, min: 0, max: 0.999, doc: 'μ: how much of the previous step carries over (0 = plain SGD, 0.9 is common).' }),
    nesterov: param.boolean({ default: false, doc: 'Nesterov momentum: take the gradient step from the look-ahead point.' }),
  },
  evaluate: ({ nodeId, params }) => ({ optimizer: { nodeId, kind: 'sgd', config: { ...params }, fullBatch: false } }),
})
