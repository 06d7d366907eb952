import type { LayerSpec, ModelSpec } from '../../runtime/values.ts'
import type { StackLayerView, StackView } from '../view-types.ts'

const KIND: Readonly<Record<LayerSpec['kind'], string>> = { dense: 'Dense', dropout: 'Dropout', batchnorm: 'BatchNorm', activation: 'Activation' }

/** Parameters of one layer given its input width, as Keras counts them: [all, trainable]. */
function paramsOf(layer: LayerSpec, width: number): [number, number] {
  switch (layer.kind) {
    case 'dense': {
      const n = width * layer.config.units + (layer.config.useBias === false ? 0 : layer.config.units)
      return [n, n]
    }
    case 'batchnorm':
      return [4 * width, 2 * width]
    default:
      return [0, 0]
  }
}

function detailOf(layer: LayerSpec): string {
  switch (layer.kind) {
    case 'dense': return layer.config.activation ?? 'linear'
    case 'dropout': return `rate ${layer.config.rate}`
    case 'batchnorm': return ''
    case 'activation': return layer.config.activation
  }
}

/**
 * The drawing of the layers a Sequential node added to its model, with the whole model's
 * parameter counts, by arithmetic on the spec (no weights are drawn to count them).
 */
export function stackView(spec: ModelSpec, nodeId: string): StackView | null {
  let width = spec.inputShape[0] ?? 0
  let total = 0
  let trainable = 0
  const layers: StackLayerView[] = []
  for (const layer of spec.layers) {
    const [all, train] = paramsOf(layer, width)
    total += all
    trainable += train
    if (layer.kind === 'dense') width = layer.config.units
    if (layer.nodeId === nodeId) layers.push({ kind: KIND[layer.kind], detail: detailOf(layer), units: width, params: all })
  }
  return layers.length > 0 ? { layers, totalParams: total, trainableParams: trainable } : null
}
