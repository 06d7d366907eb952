import { Tensor } from '../tensor.ts'
import { check } from '../errors.ts'
import { gradients } from './backward.ts'

/** A fresh leaf over the same values, so gradients can be taken with respect to it. */
export function watched(x: Tensor): Tensor {
  const t = Tensor.variable(x.data, x.shape, 'watch')
  t.name = x.name
  return t
}

export interface ValueAndGrad {
  value: Tensor
  grad: Tensor
}

/** JAX-style `valueAndGrad(f)(x)`: f's value and its gradient with respect to x. */
export function valueAndGrad(f: (x: Tensor) => Tensor): (x: Tensor) => ValueAndGrad {
  return (x) => {
    const w = watched(x)
    const value = f(w)
    check(value.requiresGrad, 'grad', () => 'the function output does not depend on its argument')
    const [g] = gradients(value, [w])
    return { value, grad: g }
  }
}

/** JAX-style `grad(f)(x)`: for a non-scalar f, the gradient of the sum of its values. */
export function grad(f: (x: Tensor) => Tensor): (x: Tensor) => Tensor {
  const vg = valueAndGrad(f)
  return (x) => vg(x).grad
}

/**
 * TensorFlow-style tape: `watch` the inputs, compute, then ask for `gradient(y, x)`.
 * Recording happens on the tensors themselves; the tape only marks what to watch.
 */
export class GradientTape {
  watch(x: Tensor): Tensor {
    return x.requiresGrad ? x : watched(x)
  }

  gradient(y: Tensor, x: Tensor): Tensor
  gradient(y: Tensor, xs: readonly Tensor[]): Tensor[]
  gradient(y: Tensor, xs: Tensor | readonly Tensor[]): Tensor | Tensor[] {
    const list = xs instanceof Tensor ? [xs] : xs
    for (const x of list) {
      check(x.requiresGrad, 'GradientTape.gradient', () => 'a source was not watched: call tape.watch(x) (or use a variable) before computing with it')
    }
    const out = gradients(y, list)
    return xs instanceof Tensor ? out[0] : out
  }
}
