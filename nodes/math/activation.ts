import { exp, mul, noGrad, relu, sigmoid, softplus, square, tanh } from '../../src/core/index.ts'
import type { Tensor } from '../../src/core/index.ts'
import { defineNode, input, output } from '../../src/runtime/define-node.ts'
import { Port } from '../../src/runtime/ports.ts'
import { param } from '../../src/graph/params.ts'

export const FUNCTIONS = ['tanh', 'sigmoid', 'relu', 'softplus', 'linear', 'square', 'exp'] as const
export type FunctionName = (typeof FUNCTIONS)[number]

/**
 * Each function is one op of the compute core, whose backward closure holds its derivative
 * (tanh′ = 1 − tanh², sigmoid′ = σ(1 − σ), relu′ = 1 for x > 0 else 0, …). The core's tanh
 * and sigmoid equal the chapter's compositions 2/(1 + e^(−2x)) − 1 and 1/(1 + e^(−x)) but
 * stay finite for large |x|, where e^(−2x) overflows and the composition's gradient is NaN.
 */
export const APPLY: Readonly<Record<FunctionName, (x: Tensor) => Tensor>> = {
  tanh,
  sigmoid,
  relu,
  softplus,
  linear: (x) => mul(x, 1),
  square,
  exp,
}

export default defineNode({
  type: 'math/activation',
  title: 'Activation function',
  doc: "Applies an activation function to every value of x: tanh, sigmoid, relu, softplus (a smooth relu), linear (the identity), square or exp. Connect its function output to a Derivative node to see f′(x) — the factor by which each layer scales the gradient flowing back through it.",
  inputs: { x: input(Port.Tensor, { doc: 'The points to apply the function to, e.g. a Linspace.' }) },
  outputs: {
    y: output(Port.Tensor, { doc: 'f(x), same shape as x.' }),
    fn: output(Port.Function, { doc: 'The function with its points, for a Derivative node.' }),
  },
  params: {
    fn: param.select({ default: 'tanh', options: FUNCTIONS, label: 'function', doc: 'Which function f to apply.' }),
  },
  evaluate: ({ inputs, params }) => {
    const apply = APPLY[params.fn]
    return { y: noGrad(() => apply(inputs.x)), fn: { name: params.fn, x: inputs.x, apply } }
  },
  shapes: ({ x }) => ({ y: x }),
})
