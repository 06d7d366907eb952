import { defineNode, output } from '../../src/runtime/define-node.ts'
import { Port } from '../../src/runtime/ports.ts'
import { param } from '../../src/graph/params.ts'
import { learningRateParam } from './learning-rate.ts'

export default defineNode({
  type: 'optimizer/adagrad',
  title: 'Adagrad',
  doc: 'Adagrad: divides each step by the root of the sum of all past squared gradients, so steps shrink over time, fastest for frequently updated weights.',
  inputs: {},
  outputs: { optimizer: output(Port.Optimizer) },
  params: {
    learningRate: learningRateParam(0.001),
    initialAccumulatorValue: param.number({ default: 0.1, min: 0, max: 10, doc: 'Starting value of the squared-gradient sum.' }),
    epsilon: param.number({ default: 1e-7, min: 0, max: 1, scale: 'log', doc: 'ε inside the square root.' }),
  },
  evaluate: ({ nodeId, params }) => ({ optimizer: { nodeId, kind: 'adagrad', config: { ...params }, fullBatch: false } }),
})
