import { describe, expect, it } from 'vitest'
import type { Tensor } from '../../../src/core/tensor.ts'
import { tensor, linspace, variable } from '../../../src/core/creation.ts'
import { FlowgradError } from '../../../src/core/errors.ts'
import { backward, gradients, zeroGrad } from '../../../src/core/autograd/backward.ts'
import { grad, valueAndGrad, GradientTape } from '../../../src/core/autograd/functional.ts'
import { noGrad, isGradEnabled } from '../../../src/core/autograd/mode.ts'
import { exp, relu, sigmoid, tanh, square } from '../../../src/core/ops/unary.ts'
import { add, sub, mul, div } from '../../../src/core/ops/binary.ts'
import { sum } from '../../../src/core/ops/reduce.ts'
import { matmul } from '../../../src/core/ops/matmul.ts'

const f64 = { dtype: 'float64' } as const

function maxOf(t: Tensor): number {
  return t.toArray().reduce((m, v) => Math.max(m, v), -Infinity)
}

function maxAbsDiff(a: readonly number[], b: readonly number[]): number {
  return a.reduce((m, v, i) => Math.max(m, Math.abs(v - b[i])), 0)
}

/** TensorFlow's textbook formulation: tanh(x) = 2 / (1 + e^(−2x)) − 1. */
const tfTanh = (x: Tensor): Tensor => sub(div(2, add(1, exp(mul(-2, x)))), 1)

describe('backward', () => {
  it('stores d(root)/d(leaf) in .grad of every variable the root depends on', () => {
    const w = variable([1, 2, 3], f64)
    const b = variable([0.5], f64)
    backward(sum(add(mul(w, w), b)))
    expect(w.grad?.toArray()).toEqual([2, 4, 6])
    // b is broadcast over three elements, so its gradient sums three ones.
    expect(b.grad?.toArray()).toEqual([3])
  })

  it('accumulates into .grad across two calls', () => {
    const w = variable([1, -2], f64)
    backward(sum(mul(w, 3)))
    backward(sum(mul(w, 3)))
    expect(w.grad?.toArray()).toEqual([6, 6])
  })

  it('starts again from zero after zeroGrad', () => {
    const w = variable([1, -2], f64)
    backward(sum(square(w)))
    zeroGrad([w])
    expect(w.grad).toBeNull()
    backward(sum(mul(w, 3)))
    expect(w.grad?.toArray()).toEqual([3, 3])
  })

  it('differentiates a non-scalar root as the sum of its values', () => {
    const w = variable([1, 2, 3], f64)
    backward(square(w))
    expect(w.grad?.toArray()).toEqual([2, 4, 6])
  })

  it('uses an explicit seed as the upstream gradient', () => {
    const w = variable([1, 2, 3], f64)
    backward(square(w), tensor([1, 0, -1], undefined, f64))
    expect(w.grad?.toArray()).toEqual([2, 0, -6])
  })

  it('leaves constants without a gradient', () => {
    const w = variable([1, 2], f64)
    const c = tensor([3, 4], undefined, f64)
    backward(sum(mul(w, c)))
    expect(c.grad).toBeNull()
    expect(w.grad?.toArray()).toEqual([3, 4])
  })

  it('throws a clear error for a tensor that depends on no variable', () => {
    const y = sum(square(tensor([1, 2, 3])))
    expect(() => backward(y)).toThrow(FlowgradError)
    expect(() => backward(y)).toThrow(/backward.*does not depend on any variable/)
  })

  it('walks a chain of 10,000 ops without overflowing the stack', () => {
    const x = variable([2], f64)
    let y: Tensor = x
    for (let i = 0; i < 10_000; i++) y = mul(y, 1.0001)
    const slope = 1.0001 ** 10_000
    expect(y.item()).toBeCloseTo(2 * slope, 9)
    backward(y)
    expect(x.grad?.item()).toBeCloseTo(slope, 9)
  })
})

describe('gradients', () => {
  it('returns the gradients without touching .grad', () => {
    const w = variable([1, 2, 3], f64)
    const [g] = gradients(sum(square(w)), [w])
    expect(g.toArray()).toEqual([2, 4, 6])
    expect(w.grad).toBeNull()
  })

  it('leaves an existing .grad unchanged', () => {
    const w = variable([1, 2], f64)
    backward(sum(w))
    gradients(sum(mul(w, 10)), [w])
    expect(w.grad?.toArray()).toEqual([1, 1])
  })

  it('returns zeros for a source the output does not depend on', () => {
    const w = variable([1, 2], f64)
    const unused = variable([5, 6, 7], f64)
    const [, g] = gradients(sum(w), [w, unused])
    expect(g.toArray()).toEqual([0, 0, 0])
    expect(g.shape).toEqual([3])
  })

  it('differentiates with respect to an intermediate tensor', () => {
    const w = variable([1, 2], f64)
    const h = mul(w, 3)
    const [gh, gw] = gradients(sum(square(h)), [h, w])
    expect(gh.toArray()).toEqual([6, 12]) // 2h
    expect(gw.toArray()).toEqual([18, 36]) // 2h·3
  })
})

describe('grad and valueAndGrad', () => {
  it('grad(f) of a non-scalar output equals the gradient of its sum', () => {
    const x = tensor([[0.5, -1], [2, 0.25]], undefined, f64)
    const f = (t: Tensor): Tensor => mul(tanh(t), t)
    const g = grad(f)(x).toArray()
    const gSum = grad((t) => sum(f(t)))(x).toArray()
    expect(maxAbsDiff(g, gSum)).toBe(0)
  })

  it('valueAndGrad returns the value alongside the gradient', () => {
    const { value, grad: g } = valueAndGrad((t) => sum(square(t)))(tensor([1, 2], undefined, f64))
    expect(value.item()).toBe(5)
    expect(g.toArray()).toEqual([2, 4])
  })

  it('grad does not mark its argument as requiring a gradient', () => {
    const x = tensor([1, 2], undefined, f64)
    grad((t) => sum(square(t)))(x)
    expect(x.requiresGrad).toBe(false)
    expect(x.grad).toBeNull()
  })

  it('grad of a function that ignores its argument throws, naming grad', () => {
    expect(() => grad(() => tensor([1]))(tensor([2]))).toThrow(/^grad:/)
  })
})

describe('GradientTape', () => {
  it('differentiates tf-style tanh on linspace(-4, 4, 100) to 1 − tanh(x)², to 1e-6 in float64', () => {
    const tape = new GradientTape()
    const x = tape.watch(linspace(-4, 4, 100, f64))
    const y = tfTanh(x)
    const g = tape.gradient(y, x)
    const expected = x.toArray().map((v) => 1 - Math.tanh(v) ** 2)
    expect(maxAbsDiff(g.toArray(), expected)).toBeLessThan(1e-6)
    // 0 is not on this grid; the points nearest it are ±4/99, where the slope is just below 1.
    expect(maxOf(g)).toBeCloseTo(1 - Math.tanh(4 / 99) ** 2, 6)
    expect(maxOf(g)).toBeGreaterThan(0.998)
  })

  it('finds a maximum tanh slope of 1 on a grid that contains 0', () => {
    const tape = new GradientTape()
    const x = tape.watch(linspace(-4, 4, 101, f64))
    expect(x.data[50]).toBe(0)
    expect(maxOf(tape.gradient(tfTanh(x), x))).toBeCloseTo(1, 6)
  })

  it('finds a maximum sigmoid slope of 0.25, at 0', () => {
    const tape = new GradientTape()
    const x = tape.watch(linspace(-4, 4, 101, f64))
    const g = tape.gradient(sigmoid(x), x)
    expect(maxOf(g)).toBeCloseTo(0.25, 6)
    expect(g.data[50]).toBeCloseTo(0.25, 12)
    const expected = x.toArray().map((v) => {
      const s = 1 / (1 + Math.exp(-v))
      return s * (1 - s)
    })
    expect(maxAbsDiff(g.toArray(), expected)).toBeLessThan(1e-12)
  })

  it('gives relu slopes in {0, 1}, with 0 at x = 0', () => {
    const tape = new GradientTape()
    const x = tape.watch(linspace(-4, 4, 101, f64))
    const g = tape.gradient(relu(x), x)
    g.toArray().forEach((v, i) => expect(v).toBe(x.data[i] > 0 ? 1 : 0))
    expect(g.data[50]).toBe(0)
  })

  it('returns one gradient per source when given a list', () => {
    const tape = new GradientTape()
    const a = tape.watch(tensor([[1, 2]], undefined, f64))
    const b = tape.watch(tensor([[3], [4]], undefined, f64))
    const [ga, gb] = tape.gradient(matmul(a, b), [a, b])
    expect(ga.toArray()).toEqual([3, 4])
    expect(gb.toArray()).toEqual([1, 2])
  })

  it('refuses a source that was not watched', () => {
    const tape = new GradientTape()
    const x = tape.watch(tensor([1, 2], undefined, f64))
    const other = tensor([3, 4], undefined, f64)
    const y = sum(mul(x, other))
    expect(() => tape.gradient(y, other)).toThrow(/GradientTape\.gradient.*watch/)
  })
})

describe('noGrad', () => {
  it('records no graph: results do not require gradients and keep no parents', () => {
    const w = variable([1, 2], f64)
    const y = noGrad(() => sum(mul(w, w)))
    expect(y.requiresGrad).toBe(false)
    expect(y.parents).toHaveLength(0)
    expect(y.backwardFn).toBeNull()
    expect(y.item()).toBe(5)
  })

  it('turns recording back on afterwards, even when the body throws', () => {
    expect(() => noGrad(() => {
      throw new Error('boom')
    })).toThrow('boom')
    expect(isGradEnabled()).toBe(true)
    const w = variable([1], f64)
    expect(mul(w, 2).requiresGrad).toBe(true)
  })

  it('nests: recording resumes only when the outermost block ends', () => {
    const w = variable([1], f64)
    noGrad(() => {
      noGrad(() => undefined)
      expect(isGradEnabled()).toBe(false)
      expect(mul(w, 2).requiresGrad).toBe(false)
    })
    expect(isGradEnabled()).toBe(true)
  })
})
