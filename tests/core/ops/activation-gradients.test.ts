import { describe, expect, it } from 'vitest'
import type { Tensor } from '../../../src/core/tensor.ts'
import { tensor } from '../../../src/core/creation.ts'
import { elu, gelu, leakyRelu, selu, silu, softplus } from '../../../src/core/ops/unary.ts'
import { assertGradients, seededInputs } from '../../helpers/gradcheck.ts'

const make = seededInputs(301)
const cases: Array<{ name: string; f: (x: Tensor) => Tensor }> = [
  { name: 'elu', f: elu },
  { name: 'selu', f: selu },
  { name: 'gelu', f: gelu },
  { name: 'softplus', f: softplus },
  { name: 'silu', f: silu },
  { name: 'leaky_relu', f: leakyRelu },
]

describe('the new activations’ gradients match central differences', () => {
  it.each(cases)('for $name, on both sides of zero', ({ f }) => {
    assertGradients(f, [make.nonzero([3, 4])])
  })
})

const at = (f: (x: Tensor) => Tensor, values: number[]): number[] => f(tensor(values, [values.length], { dtype: 'float64' })).toArray() as number[]

describe('the new activations follow Keras’ definitions', () => {
  it('elu is x for x ≥ 0 and eˣ − 1 below', () => {
    const out = at(elu, [2, -1])
    expect(out[0]).toBe(2)
    expect(out[1]).toBeCloseTo(Math.exp(-1) - 1, 15)
  })

  it('selu scales elu with α = 1.6732632423543772 by 1.0507009873554805', () => {
    const out = at(selu, [1, -1])
    expect(out[0]).toBeCloseTo(1.0507009873554805, 15)
    expect(out[1]).toBeCloseTo(1.0507009873554805 * 1.6732632423543772 * (Math.exp(-1) - 1), 15)
  })

  it('gelu is the exact x·Φ(x), not the tanh approximation', () => {
    // scipy: 1 * norm.cdf(1) = 0.8413447460685429; the tanh form gives 0.8411919906082768.
    expect(at(gelu, [1])[0]).toBeCloseTo(0.8413447460685429, 14)
  })

  it('silu is x·σ(x)', () => {
    expect(at(silu, [2])[0]).toBeCloseTo(2 / (1 + Math.exp(-2)), 15)
  })

  it('leaky_relu uses Keras’ default slope of 0.2', () => {
    expect(at(leakyRelu, [3, -2])).toEqual([3, -0.4])
  })
})
