import type { ModelSpec } from '../../runtime/values.ts'

/** The activations every exporter writes (PyTorch's table, Keras' names, ONNX operators). */
const EXPORTED_ACTIVATIONS: readonly string[] = ['linear', 'relu', 'sigmoid', 'tanh', 'softmax']

/**
 * Why a trainer's model cannot be exported yet, one line per layer at fault; empty when it
 * can. The exporters write Dense layers, from layer nodes or Sequential nodes (named as the
 * model names them); Dropout, batch normalization and Activation layers, the newer
 * activations and L1 penalties are refused by name rather than written wrong.
 */
export function unexportedLayers(trainerId: string, model: ModelSpec): string[] {
  return model.layers.flatMap((l, i) => {
    const at = `node "${trainerId}": its model's layer ${i + 1} (from node "${l.nodeId}")`
    if (l.kind !== 'dense') return [`${at} is a ${l.kind} layer; the exporters write Dense layers only so far`]
    const activation = l.config.activation ?? 'linear'
    if (!EXPORTED_ACTIVATIONS.includes(activation)) return [`${at} uses the ${activation} activation; the exporters write ${EXPORTED_ACTIVATIONS.join(', ')} only so far`]
    if ((l.config.kernelL1 ?? 0) !== 0) return [`${at} has an L1 penalty; the exporters write L2 penalties only so far`]
    return []
  })
}
