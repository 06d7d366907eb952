import { defineNode, input, output } from '../../src/runtime/define-node.ts'
import { Port } from '../../src/runtime/ports.ts'
import { param } from '../../src/graph/params.ts'
import { withLayer } from './model-chain.ts'

export default defineNode({
  type: 'model/dropout',
  title: 'Dropout',
  doc: "Keras' Dropout(rate): in each training step, sets a random fraction `rate` of its inputs to 0 and scales the others by 1/(1 − rate); at evaluation it passes everything through. The masks are drawn from the model's seed, so a run is the same every time. Helps against overfitting.",
  inputs: { model: input(Port.Model, { doc: 'The layers before this one.' }) },
  outputs: { model: output(Port.Model) },
  params: {
    rate: param.number({ default: 0.2, min: 0, max: 1, maxInclusive: false, slider: { min: 0, max: 0.9 }, doc: 'The fraction of inputs dropped in each training step, in [0, 1).' }),
  },
  evaluate: ({ nodeId, inputs, params }) => withLayer(inputs.model, { nodeId, kind: 'dropout', config: { rate: params.rate } }),
  shapes: ({ model }) => ({ model }),
})
