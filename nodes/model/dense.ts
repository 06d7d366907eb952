import { ACTIVATIONS, INITIALIZERS } from '../../src/core/index.ts'
import { defineNode, optionalInput, output } from '../../src/runtime/define-node.ts'
import { Port } from '../../src/runtime/ports.ts'
import { param } from '../../src/graph/params.ts'
import { initParams } from './init-params.ts'
import { startModel } from './model-chain.ts'
import { modelOutputWidth } from '../../src/runtime/model-builder.ts'

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`

/** With the 'values' initializers, the number of values must fit the kernel and the bias. */
function checkValues(params: { kernelInitializer: string; biasInitializer: string; kernelValues: readonly number[]; biasValues: readonly number[]; units: number; useBias: boolean }, fanIn: number): void {
  const { units } = params
  if (params.kernelInitializer === 'values' && params.kernelValues.length !== fanIn * units) {
    throw new Error(`kernelValues has ${plural(params.kernelValues.length, 'number')} but kernelInitializer 'values' needs ${fanIn * units}: the ${fanIn}×${units} kernel row by row (${plural(fanIn, 'input')} × ${plural(units, 'unit')})`)
  }
  if (params.useBias && params.biasInitializer === 'values' && params.biasValues.length !== units) {
    throw new Error(`biasValues has ${plural(params.biasValues.length, 'number')} but biasInitializer 'values' needs ${units}: one per unit`)
  }
}

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
    units: param.integer({ default: 32, min: 1, max: 4096, doc: 'Number of neurons: the width of the output.' }),
    activation: param.select({ default: 'relu', options: ACTIVATIONS, doc: "Applied to each neuron: relu, sigmoid, tanh, softmax (over the units), linear, or Keras' elu, selu, gelu, softplus, silu (swish) and leaky_relu (slope 0.2)." }),
    useBias: param.boolean({ default: true, doc: 'Add a learned bias b to each unit.' }),
    kernelInitializer: param.select({ default: 'glorotUniform', options: INITIALIZERS, doc: 'How W starts: glorotUniform (Keras default), heNormal (good with relu), standardNormal (plain N(0, 1), like np.random.randn), values (the numbers you give in kernelValues), …' }),
    biasInitializer: param.select({ default: 'zeros', options: INITIALIZERS, doc: 'How b starts (values: the numbers in biasValues).' }),
    kernelValues: param.numbers({ default: [], label: 'kernel values', doc: "With kernelInitializer 'values': W's starting numbers, row by row — inputs × units of them. E.g. 1, −3 starts a 2-input, 1-unit layer at w₀ = 1, w₁ = −3." }),
    biasValues: param.numbers({ default: [], label: 'bias values', doc: "With biasInitializer 'values': b's starting numbers, one per unit." }),
    l2: param.number({ default: 0, min: 0, max: 10, doc: "L2 penalty on this layer's kernel: adds l2·ΣW² to the loss." }),
    l1: param.number({ default: 0, min: 0, max: 10, doc: "L1 penalty on this layer's kernel: adds l1·Σ|W| to the loss, pushing weights to exactly 0." }),
    ...initParams,
  },
  evaluate: ({ nodeId, inputs, params }) => {
    const base = startModel(nodeId, inputs, { generator: params.generator, seed: params.seed, skipNormals: params.skipNormals })
    const fanIn = modelOutputWidth(base)
    checkValues(params, fanIn)
    const layer = {
      nodeId,
      kind: 'dense' as const,
      config: {
        units: params.units,
        activation: params.activation,
        useBias: params.useBias,
        kernelInitializer: params.kernelInitializer,
        biasInitializer: params.biasInitializer,
        ...(params.kernelInitializer === 'values' ? { kernelValues: params.kernelValues } : {}),
        ...(params.biasInitializer === 'values' ? { biasValues: params.biasValues } : {}),
        kernelL2: params.l2,
        kernelL1: params.l1,
      },
    }
    return { model: { ...base, layers: [...base.layers, layer] } }
  },
  shapes: (_inputs, params) => ({ model: [null, params.units] }),
})
