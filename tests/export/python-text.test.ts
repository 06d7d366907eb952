import { describe, expect, it } from 'vitest'
import { pyName, pyValue } from '../../src/export/python/literals.ts'
import { kerasName } from '../../src/export/script/tweaks.ts'

describe('pyName', () => {
  it('turns a node id into a Python identifier', () => {
    expect(pyName('std-dense1', new Set())).toBe('std_dense1')
  })

  it('gives a second node with the same identifier a number', () => {
    const taken = new Set<string>()
    pyName('a-b', taken)
    expect(pyName('a_b', taken)).toBe('a_b_2')
  })

  it('keeps clear of Python keywords and leading digits', () => {
    expect([pyName('class', new Set()), pyName('2d', new Set())]).toEqual(['class_', '_2d'])
  })
})

describe('pyValue', () => {
  it('writes booleans, None, strings and lists as Python does', () => {
    expect(pyValue([true, null, 'a"b', 1e-7])).toBe('[True, None, "a\\"b", 1e-7]')
  })
})

describe('kerasName', () => {
  it("gives Flowgrad's hyperparameters Keras' argument names", () => {
    expect(['learningRate', 'beta1', 'initialAccumulatorValue', 'rho'].map(kerasName)).toEqual(['learning_rate', 'beta_1', 'initial_accumulator_value', 'rho'])
  })
})
