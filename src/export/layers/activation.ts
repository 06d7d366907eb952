import type { LayerSpec } from '../../runtime/values.ts'
import type { LayerExport } from './layer-export.ts'
import { onnxActivation } from './activations.ts'

type ActivationSpec = Extract<LayerSpec, { kind: 'activation' }>

/** Keras' Activation layer: the activation alone, no weights. */
export const activationExport: LayerExport<ActivationSpec> = {
  weights: () => [],
  decayed: null,
  pytorch: ({ spec }) => ({ call: 'Activation', args: [['activation', spec.config.activation]] }),
  keras: ({ spec, layer }) => ({ call: 'keras.layers.Activation', args: [['activation', spec.config.activation], ['name', layer.name]] }),
  onnx: ({ spec }, input, output, prefix) => onnxActivation(spec.config.activation, input, output, prefix),
}
