import { defineNode, output } from '../../src/runtime/define-node.ts'
import { Port } from '../../src/runtime/ports.ts'
import { param } from '../../src/graph/params.ts'
import { learningRateParam } from './learning-rate.ts'

export default defineNode({
  type: 'optimizer/rmsprop',
  title: 'RMSprop',
  doc: "RMSprop: each weight's step is divided by the root of a running mean of its squared gradients, so steep and flat directions move at similar speeds.",
  inputs: {},
  outputs: { optimizer: output(Port.Optimizer) },
  params: {
    learningRate: learningRateParam(0.001),
    rho: param.number({ default: 0.9, min: 0, max: 0.9999, doc: 'ρ: decay of the squared-gradient average.' }),
    momentum: param.number({ default: 0, min: 0, max: 0.999, doc: 'Momentum on the scaled steps.' }),
    epsilon: param.number({ default: 1e-7, min: 0, max: 1, scale: 'log', doc: 'ε inside the square root.' }),
    centered: param.boolean({ default: false, doc: 'Divide by the variance rather than the raw second moment.' }),
  },
  evaluate: ({ nodeId, params }) => ({ optimizer: { nodeId, kind: 'rmsprop', config: { ...params }, fullBatch: false } }),
})
