import { defineNode, output } from '../../src/runtime/define-node.ts'
import { Port } from '../../src/runtime/ports.ts'
import { param } from '../../src/graph/params.ts'
import { learningRateParam } from './learning-rate.ts'

export default defineNode({
  type: 'optimizer/adam',
  title: 'Adam',
  doc: 'Adam (Kingma & Ba, 2015): momentum on the gradient (β₁) plus a per-weight adaptive step from a running mean of squared gradients (β₂). Keras defaults.',
  inputs: {},
  outputs: { optimizer: output(Port.Optimizer) },
  params: {
    learningRate: learningRateParam(0.001),
    beta1: param.number({ default: 0.9, min: 0, max: 0.9999, doc: 'β₁: decay of the gradient average (momentum).' }),
    beta2: param.number({ default: 0.999, min: 0, max: 0.99999, doc: 'β₂: decay of the squared-gradient average (adaptive step). Not a good idea to tune, says the chapter.' }),
    epsilon: param.number({ default: 1e-7, min: 0, max: 1, scale: 'log', doc: 'ε: keeps the step finite where gradients are tiny.' }),
  },
  evaluate: ({ nodeId, params }) => ({ optimizer: { nodeId, kind: 'adam', config: { ...params }, fullBatch: false } }),
})
