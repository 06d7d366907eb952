import { Dense } from '../../core/index.ts'
import type { Layer, Tensor } from '../../core/index.ts'
import type { LayerSpec } from '../../runtime/values.ts'
import type { LayerContext, LayerExport, OnnxNode } from './layer-export.ts'
import { onnxActivation } from './activations.ts'

type DenseSpec = Extract<LayerSpec, { kind: 'dense' }>

function dense(layer: Layer): Dense {
  if (!(layer instanceof Dense)) throw new Error(`layer "${layer.name}" was declared Dense but built as ${layer.className}`)
  return layer
}

/** Whether the layer's starting values are given in the graph: they stay even with the frameworks' own initialization. */
const givenValues = (spec: DenseSpec): boolean => spec.config.kernelInitializer === 'values' || spec.config.biasInitializer === 'values'

export const denseExport: LayerExport<DenseSpec> = {
  weights: ({ layer }) => {
    const d = dense(layer)
    const out: Array<readonly [string, Tensor]> = []
    if (d.kernel) out.push(['kernel', d.kernel])
    if (d.bias) out.push(['bias', d.bias])
    return out
  },
  decayed: 'kernel',
  pytorch: ({ spec, inputs }: LayerContext<DenseSpec>) => {
    const c = spec.config
    return {
      call: 'Dense',
      args: [
        ['inputs', inputs],
        ['units', c.units],
        ['activation', c.activation ?? 'linear'],
        ...(c.useBias === false ? [['use_bias', false] as const] : []),
        ...(c.kernelL2 ? [['l2', c.kernelL2] as const] : []),
        ...(c.kernelL1 ? [['l1', c.kernelL1] as const] : []),
        ...(givenValues(spec) ? [['given_values', true] as const] : []),
      ],
    }
  },
  keras: ({ spec, layer }: LayerContext<DenseSpec>) => {
    const c = spec.config
    return {
      call: 'keras.layers.Dense',
      args: [
        ['units', c.units],
        ['activation', c.activation ?? 'linear'],
        ...(c.useBias === false ? [['use_bias', false] as const] : []),
        ['name', layer.name],
      ],
    }
  },
  onnx: ({ spec }, input, output, prefix) => {
    const activation = spec.config.activation ?? 'linear'
    const useBias = spec.config.useBias !== false
    const linearOut = activation === 'linear' ? output : `${prefix}/linear`
    const linear: OnnxNode = useBias
      ? { opType: 'Gemm', inputs: [input, `${prefix}/kernel`, `${prefix}/bias`], outputs: [linearOut] }
      : { opType: 'MatMul', inputs: [input, `${prefix}/kernel`], outputs: [linearOut] }
    return activation === 'linear' ? [linear] : [linear, ...onnxActivation(activation, linearOut, output, prefix)]
  },
}
