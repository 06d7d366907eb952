import type { LayerSpec } from '../../runtime/values.ts'
import type { LayerExport } from './layer-export.ts'

type DropoutSpec = Extract<LayerSpec, { kind: 'dropout' }>

/**
 * Keras' Dropout. Inference (ONNX) is the identity. In training the scripts' Dropout takes
 * Flowgrad's masks, stored per step (dropout_masks.npz, see plan/dropout-masks.ts): no
 * framework's generator draws Flowgrad's, and without them the losses could not agree.
 */
export const dropoutExport: LayerExport<DropoutSpec> = {
  weights: () => [],
  decayed: null,
  pytorch: ({ spec }) => ({ call: 'Dropout', args: [['rate', spec.config.rate]] }),
  keras: ({ spec, layer }) => ({ call: 'Dropout', args: [['rate', spec.config.rate], ['name', layer.name]] }),
  onnx: (_ctx, input, output) => [{ opType: 'Identity', inputs: [input], outputs: [output] }],
}
