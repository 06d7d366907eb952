import { describe, expect, it } from 'vitest'
import { Activation, Dense, Sequential, gelu, input, tensor } from '../../../src/core/index.ts'
import { assertGradients, seededInputs } from '../../helpers/gradcheck.ts'

describe('the Activation layer', () => {
  it('applies its activation by name', () => {
    const model = new Sequential([input([2]), new Activation({ activation: 'leaky_relu' })], { dtype: 'float64' })
    expect(model.call(tensor([[1, -1]], undefined, { dtype: 'float64' })).toArray()).toEqual([1, -0.2])
  })

  it('takes swish as Keras’ other name for silu', () => {
    const x = tensor([[0.5, -2]])
    expect(new Activation({ activation: 'swish' }).call(x).toArray()).toEqual(new Activation({ activation: 'silu' }).call(x).toArray())
  })

  it('refuses an unknown activation, naming the layer', () => {
    // @ts-expect-error: the name is checked at run time too, for files.
    expect(() => new Activation({ activation: 'mish', name: 'act' })).toThrow(/Activation "act": unknown activation "mish"/)
  })

  it('has no parameters', () => {
    expect(new Sequential([input([3]), new Activation({ activation: 'relu' })]).countParams()).toBe(0)
  })
})

describe('a Dense layer with an activation it cannot fuse', () => {
  it('applies the activation after its matmul', () => {
    const dense = new Dense({ units: 2, activation: 'gelu', kernelInitializer: 'ones' })
    new Sequential([input([2]), dense])
    const x = tensor([[0.5, -1.5]])
    expect(dense.call(x).toArray()).toEqual(gelu(tensor([[-1, -1]])).toArray())
  })

  it('has gradients that match central differences for its kernel', () => {
    const dense = new Dense({ units: 3, activation: 'elu' })
    new Sequential([input([4]), dense], { dtype: 'float64' })
    const x = seededInputs(601).uniform([5, 4])
    const kernel = dense.kernel
    if (!kernel) throw new Error('not built')
    assertGradients((w) => {
      dense.kernel = w
      return dense.call(x)
    }, [kernel])
  })
})
