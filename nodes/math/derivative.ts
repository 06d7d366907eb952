import { valueAndGrad } from '../../src/core/index.ts'
import { defineNode, input, output } from '../../src/runtime/define-node.ts'
import { Port } from '../../src/runtime/ports.ts'

export default defineNode({
  type: 'math/derivative',
  title: 'Derivative',
  doc: "The derivative f′(x) of an elementwise function at each of its points, computed by automatic differentiation (reverse mode, like TensorFlow's GradientTape in the chapter): the gradient of Σ f(xᵢ) with respect to x, whose i-th entry is f′(xᵢ).",
  inputs: { fn: input(Port.Function, { label: 'function', doc: 'A function with its points, from an Activation node.' }) },
  outputs: {
    dydx: output(Port.Tensor, { label: 'f′(x)', doc: "The derivative at each point, same shape as x." }),
    y: output(Port.Tensor, { label: 'f(x)', doc: 'The function values.' }),
  },
  params: {},
  evaluate: ({ inputs }) => {
    const { value, grad } = valueAndGrad(inputs.fn.apply)(inputs.fn.x)
    return { dydx: grad, y: value.detach() }
  },
})
