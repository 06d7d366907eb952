import { defineNode, optionalInput, output } from '../../src/runtime/define-node.ts'
import { Port } from '../../src/runtime/ports.ts'
import { param } from '../../src/graph/params.ts'
import { initParams } from './init-params.ts'

export default defineNode({
  type: 'model/input',
  title: 'Input',
  doc: "Starts a model, like Keras' Input(shape): the number of features each sample has. Connect a Dataset to take its feature count from the data. Chain Dense nodes after it.",
  inputs: { data: optionalInput(Port.Dataset, { doc: 'Optional: take the feature count from these data (and hand them on to the trainer).' }) },
  outputs: { model: output(Port.Model) },
  params: {
    features: param.integer({ default: 4, min: 1, max: 100000, doc: 'Features per sample (ignored when a Dataset is connected).' }),
    ...initParams,
  },
  evaluate: ({ nodeId, inputs, params }) => ({
    model: {
      inputNodeId: nodeId,
      inputShape: [inputs.data ? inputs.data.x.shape[1] : params.features],
      data: inputs.data ?? null,
      layers: [],
      init: { generator: params.generator, seed: params.seed, skipNormals: params.skipNormals },
    },
  }),
  shapes: ({ data }, params) => ({ model: [null, data ? (data[1] ?? null) : params.features] }),
})
