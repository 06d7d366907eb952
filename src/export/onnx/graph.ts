import type { Tensor } from '../../core/index.ts'
import type { ExportedLayer } from '../layers/index.ts'

/** The ONNX version the models declare: IR 8 and opset 17, the newest the shipped schema (ONNX 1.12) describes. */
export const IR_VERSION = 8
export const OPSET = 17
const FLOAT = 1 // TensorProto.DataType.FLOAT
const FLOAT_ATTRIBUTE = 1 // AttributeProto.AttributeType.FLOAT
const INT = 2 // AttributeProto.AttributeType.INT

type Dim = { dim_param: string } | { dim_value: number }

function tensorType(dims: readonly Dim[]) {
  return { tensor_type: { elem_type: FLOAT, shape: { dim: dims } } }
}

function initializer(name: string, w: Tensor) {
  return { name, dims: [...w.shape], data_type: FLOAT, float_data: Array.from(w.data) }
}

/**
 * An inference model as a plain object shaped like onnx.ModelProto (field names as in
 * onnx.proto): input `x` [batch, features], output `y` [batch, outputs], one group of
 * nodes per layer and its weights as initializers.
 */
export function modelProto(name: string, layers: readonly ExportedLayer[], features: number, outputs: number, doc: string) {
  const nodes = layers.flatMap(({ ctx, writer }, i) => {
    // Layers are named as in the built model: a layer node's for the node, a Sequential's as Keras names them.
    const input = i === 0 ? 'x' : `${layers[i - 1].ctx.layer.name}/output`
    const output = i === layers.length - 1 ? 'y' : `${ctx.layer.name}/output`
    return writer.onnx(ctx, input, output, ctx.layer.name).map((n, k) => ({
      name: `${ctx.layer.name}/${n.opType}${k === 0 ? '' : `_${k}`}`,
      op_type: n.opType,
      input: [...n.inputs],
      output: [...n.outputs],
      attribute: [
        ...Object.entries(n.attributes ?? {}).map(([key, value]) => ({ name: key, type: INT, i: value })),
        ...Object.entries(n.floats ?? {}).map(([key, value]) => ({ name: key, type: FLOAT_ATTRIBUTE, f: value })),
      ],
    }))
  })
  const weights = layers.flatMap(({ ctx, writer }) => writer.weights(ctx).map(([w, t]) => initializer(`${ctx.layer.name}/${w}`, t)))
  return {
    ir_version: IR_VERSION,
    producer_name: 'flowgrad',
    opset_import: [{ domain: '', version: OPSET }],
    doc_string: doc,
    graph: {
      name,
      node: nodes,
      initializer: weights,
      input: [{ name: 'x', type: tensorType([{ dim_param: 'batch' }, { dim_value: features }]) }],
      output: [{ name: 'y', type: tensorType([{ dim_param: 'batch' }, { dim_value: outputs }]) }],
    },
  }
}

export type ModelObject = ReturnType<typeof modelProto>
