import { defineNode, input, output } from '../../src/runtime/define-node.ts'
import { Port } from '../../src/runtime/ports.ts'
import { param } from '../../src/graph/params.ts'
import { withLayer } from './model-chain.ts'

export default defineNode({
  type: 'model/batch-normalization',
  title: 'Batch normalization',
  doc: "Keras' BatchNormalization: in training steps it standardizes each feature with the batch's mean and variance, then scales by a learned γ and shifts by a learned β; it keeps moving averages of the statistics (not trained: the summary's non-trainable params) and uses them at evaluation.",
  inputs: { model: input(Port.Model, { doc: 'The layers before this one.' }) },
  outputs: { model: output(Port.Model) },
  params: {
    momentum: param.number({ default: 0.99, min: 0, max: 1, doc: 'How much of the moving statistics each training step keeps (Keras: 0.99).' }),
    epsilon: param.number({ default: 0.001, min: 0, minInclusive: false, max: 1, scale: 'log', doc: 'Added to the variance before its square root (Keras: 0.001).' }),
  },
  evaluate: ({ nodeId, inputs, params }) => withLayer(inputs.model, { nodeId, kind: 'batchnorm', config: { momentum: params.momentum, epsilon: params.epsilon } }),
  shapes: ({ model }) => ({ model }),
})
