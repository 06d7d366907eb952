import { BatchNormalization } from '../../core/index.ts'
import type { Layer, Tensor } from '../../core/index.ts'
import type { LayerSpec } from '../../runtime/values.ts'
import type { LayerExport } from './layer-export.ts'

type BatchNormSpec = Extract<LayerSpec, { kind: 'batchnorm' }>

function batchNorm(layer: Layer): BatchNormalization {
  if (!(layer instanceof BatchNormalization)) throw new Error(`layer "${layer.name}" was declared BatchNormalization but built as ${layer.className}`)
  return layer
}

/**
 * Keras' BatchNormalization (momentum 0.99, ε 0.001 by default): γ and β trained, the moving
 * mean and variance carried in the weight files, and in ONNX the BatchNormalization operator
 * in inference mode, which normalizes with the moving statistics as Keras' predict does.
 */
export const batchNormExport: LayerExport<BatchNormSpec> = {
  weights: ({ layer }) => {
    const bn = batchNorm(layer)
    const named: Array<readonly [string, Tensor | null]> = [['gamma', bn.gamma], ['beta', bn.beta], ['moving_mean', bn.movingMean], ['moving_variance', bn.movingVariance]]
    return named.filter((w): w is readonly [string, Tensor] => w[1] !== null)
  },
  decayed: null,
  pytorch: ({ layer, inputs }) => {
    const bn = batchNorm(layer)
    return { call: 'BatchNormalization', args: [['features', inputs], ['momentum', bn.momentum], ['epsilon', bn.epsilon]] }
  },
  keras: ({ layer }) => {
    const bn = batchNorm(layer)
    return { call: 'keras.layers.BatchNormalization', args: [['momentum', bn.momentum], ['epsilon', bn.epsilon], ['name', layer.name]] }
  },
  onnx: ({ layer }, input, output, prefix) => [
    {
      opType: 'BatchNormalization',
      inputs: [input, `${prefix}/gamma`, `${prefix}/beta`, `${prefix}/moving_mean`, `${prefix}/moving_variance`],
      outputs: [output],
      floats: { epsilon: batchNorm(layer).epsilon },
    },
  ],
}
