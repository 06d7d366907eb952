import type { LayerSpec } from '../../runtime/values.ts'
import type { LayerExport } from './layer-export.ts'

/**
 * The writer of a layer kind the exporters do not write yet. collectPlan refuses such
 * models with a line naming the layer (supported.ts), so these are never reached.
 */
export function unexported<S extends LayerSpec>(kind: S['kind']): LayerExport<S> {
  const refuse = (): never => {
    throw new Error(`the exporters do not write ${kind} layers yet`)
  }
  return { weights: refuse, decayed: null, pytorch: refuse, keras: refuse, onnx: refuse }
}
