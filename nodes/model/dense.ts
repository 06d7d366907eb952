import { ACTIVATIONS, INITIALIZERS } from '../../src/core/index.ts'
import { defineNode, optionalInput, output } from '../../src/runtime/define-node.ts'
import { Port } from '../../src/runtime/ports.ts'
import { param } from '../../src/graph/params.ts'
import type { ModelSpec } from '../../src/runtime/values.ts'
import { initParams } from './init-params.ts'

export default defineNode({
  type: 'model/dense',
  title: 'Dense',
  doc: "A fully connected layer, like Keras' Dense: activation(x·W + b) with W of shape [inputs, units]. Feed it a Model (an Input or another Dense) or, as the first layer, a Dataset.",
  inputs: {
    model: optionalInput(Port.Model, { doc: 'The layers before this one.' }),
    data: optionalInput(Port.Dataset, { doc: 'Or start the model here from these data.' }),
  },
  outputs: { model: output(Port.Model) },
  params: {
    units: param.integer({ default: 16, min: 1, max: 4096, doc: 'Number of neurons: the width of the output.' }),
    activation: param.select({ default: 'relu', options: ACTIVATIONS, doc: 'Applied to each neuron: relu, sigmoid, tanh, softmax (over the units) or linear.' }),
    useBias: param.boolean({ default: true, doc: 'Add a learned bias b to each unit.' }),
    kernelInitializer: param.select({ default: 'glorotUniform', options: INITIALIZERS, doc: 'How W starts: glorotUniform (Keras default), heNormal (good with relu), …' }),
    biasInitializer: param.select({ default: 'zeros', options: INITIALIZERS, doc: 'How b starts.' }),
    l2: param.number({ default: 0, min: 0, max: 10, doc: "L2 penalty on this layer's kernel: adds l2·ΣW² to the loss." }),
    ...initParams,
  },
  evaluate: ({ nodeId, inputs, params }) => {
    if (inputs.model && inputs.data) throw new Error('connect either a Model or a Dataset, not both')
    const upstream: ModelSpec | null = inputs.model ?? null
    if (!upstream && !inputs.data) throw new Error('connect a Model (an Input or a Dense) or a Dataset to start the model')
    const base: ModelSpec = upstream ?? {
      inputNodeId: nodeId,
      inputShape: [inputs.data?.x.shape[1] ?? 0],
      data: inputs.data ?? null,
      layers: [],
      init: { generator: params.generator, seed: params.seed, skipNormals: params.skipNormals },
    }
    const layer = {
      nodeId,
      kind: 'dense' as const,
      config: {
        units: params.units,
        activation: params.activation,
        useBias: params.useBias,
        kernelInitializer: params.kernelInitializer,
        biasInitializer: params.biasInitializer,
        kernelL2: params.l2,
      },
    }
    return { model: { ...base, layers: [...base.layers, layer] } }
  },
  shapes: (_inputs, params) => ({ model: [null, params.units] }),
})
