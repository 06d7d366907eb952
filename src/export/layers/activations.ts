import type { ActivationName } from '../../core/index.ts'
import type { OnnxNode } from './layer-export.ts'

/** Keras' leaky_relu slope (Flowgrad's): PyTorch's default is 0.01, ONNX's 0.01. */
export const LEAKY_SLOPE = 0.2

const SINGLE_OPS: Partial<Readonly<Record<ActivationName, string>>> = {
  linear: 'Identity',
  relu: 'Relu',
  sigmoid: 'Sigmoid',
  tanh: 'Tanh',
  softmax: 'Softmax',
  elu: 'Elu',
  selu: 'Selu',
  softplus: 'Softplus',
  leaky_relu: 'LeakyRelu',
}

/**
 * ONNX nodes applying an activation from `input` to `output` at opset 17: one operator where
 * ONNX has it (its defaults are Keras': Elu α = 1, Selu's constants), silu as x·σ(x), and
 * gelu — ONNX's Gelu comes only at opset 20 — as Keras' exact x·½(1 + erf(x/√2)).
 */
export function onnxActivation(name: ActivationName, input: string, output: string, prefix: string): OnnxNode[] {
  const op = SINGLE_OPS[name]
  if (op === 'Softmax') return [{ opType: op, inputs: [input], outputs: [output], attributes: { axis: -1 } }]
  if (op === 'LeakyRelu') return [{ opType: op, inputs: [input], outputs: [output], floats: { alpha: LEAKY_SLOPE } }]
  if (op) return [{ opType: op, inputs: [input], outputs: [output] }]
  const at = (what: string): string => `${prefix}/${name}/${what}`
  const constant = (what: string, value: number): OnnxNode => ({ opType: 'Constant', inputs: [], outputs: [at(what)], floats: { value_float: value } })
  if (name === 'silu' || name === 'swish') {
    return [
      { opType: 'Sigmoid', inputs: [input], outputs: [at('sigmoid')] },
      { opType: 'Mul', inputs: [input, at('sigmoid')], outputs: [output] },
    ]
  }
  if (name === 'gelu') {
    return [
      constant('sqrt2', Math.SQRT2),
      constant('one', 1),
      constant('half', 0.5),
      { opType: 'Div', inputs: [input, at('sqrt2')], outputs: [at('scaled')] },
      { opType: 'Erf', inputs: [at('scaled')], outputs: [at('erf')] },
      { opType: 'Add', inputs: [at('erf'), at('one')], outputs: [at('cdf2')] },
      { opType: 'Mul', inputs: [input, at('cdf2')], outputs: [at('x_cdf2')] },
      { opType: 'Mul', inputs: [at('x_cdf2'), at('half')], outputs: [output] },
    ]
  }
  throw new Error(`ONNX: no operator for the ${name} activation`)
}
