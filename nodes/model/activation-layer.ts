import { ACTIVATIONS } from '../../src/core/index.ts'
import { defineNode, input, output } from '../../src/runtime/define-node.ts'
import { Port } from '../../src/runtime/ports.ts'
import { param } from '../../src/graph/params.ts'
import { withLayer } from './model-chain.ts'

export default defineNode({
  type: 'model/activation',
  title: 'Activation layer',
  doc: "Keras' Activation layer: applies an activation function to every value coming out of the layer before, with no weights of its own — e.g. a linear Dense, then batch normalization, then relu.",
  inputs: { model: input(Port.Model, { doc: 'The layers before this one.' }) },
  outputs: { model: output(Port.Model) },
  params: {
    activation: param.select({ default: 'relu', options: ACTIVATIONS, doc: "The function: relu, sigmoid, tanh, softmax, linear, elu, selu, gelu, softplus, silu (swish) or leaky_relu (slope 0.2)." }),
  },
  evaluate: ({ nodeId, inputs, params }) => withLayer(inputs.model, { nodeId, kind: 'activation', config: { activation: params.activation } }),
  shapes: ({ model }) => ({ model }),
})
