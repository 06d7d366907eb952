import type { Tensor } from '../tensor.ts'
import { elu, gelu, leakyRelu, relu, selu, sigmoid, silu, softplus, tanh } from '../ops/unary.ts'
import { softmax } from '../ops/softmax.ts'
import type { DenseActivation } from '../ops/dense.ts'

/** Keras' activation names; swish is Keras' alias of silu. */
export const ACTIVATIONS = ['linear', 'relu', 'sigmoid', 'tanh', 'softmax', 'elu', 'selu', 'gelu', 'softplus', 'silu', 'swish', 'leaky_relu'] as const

export type ActivationName = (typeof ACTIVATIONS)[number]

export function isActivation(name: string): name is ActivationName {
  return (ACTIVATIONS as readonly string[]).includes(name)
}

const APPLY: Readonly<Record<Exclude<ActivationName, 'linear'>, (x: Tensor) => Tensor>> = {
  relu,
  sigmoid,
  tanh,
  softmax,
  elu,
  selu,
  gelu,
  softplus,
  silu,
  swish: silu,
  leaky_relu: leakyRelu,
}

/** Applies an activation by name, as Keras' Activation layer does; linear is the identity. */
export function activate(x: Tensor, name: ActivationName): Tensor {
  return name === 'linear' ? x : APPLY[name](x)
}

const FUSED: readonly string[] = ['linear', 'relu', 'sigmoid', 'tanh', 'softmax'] satisfies DenseActivation[]

/** Whether a Dense can apply this activation inside its matmul (its derivative needs only the output). */
export function isFusedActivation(name: ActivationName): name is ActivationName & DenseActivation {
  return FUSED.includes(name)
}
