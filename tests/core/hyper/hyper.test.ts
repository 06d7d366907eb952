import { describe, expect, it } from 'vitest'
import { checkHyper, formatInterval, hyper, inBounds, resolveHypers } from '../../../src/core/index.ts'

const unit = { min: 0, max: 1, maxInclusive: false }

describe('hyperparameter checks', () => {
  it('includes a bound unless it is declared open', () => {
    expect([0, 0.5, 1].map((v) => inBounds(unit, v))).toEqual([true, true, false])
    expect([0, 1].map((v) => inBounds({ min: 0, max: 1, minInclusive: false }, v))).toEqual([false, true])
  })

  it('refuses NaN and infinities whatever the bounds', () => {
    expect([NaN, Infinity, -Infinity].map((v) => inBounds({}, v))).toEqual([false, false, false])
  })

  it('writes bounds as an interval, small numbers in exponent form', () => {
    expect(formatInterval(unit)).toBe('[0, 1)')
    expect(formatInterval({ min: 1e-6, max: 100 })).toBe('[1e-6, 100]')
    expect(formatInterval({ min: 0 })).toBe('[0, Infinity)')
  })

  it('names the owner and the argument in a refusal', () => {
    const choice = hyper.choice({ default: 'mean', options: ['mean', 'sum'], doc: '', live: false })
    expect(() => checkHyper('mse', 'reduction', choice, 'max')).toThrow('mse: reduction must be "mean" or "sum", got "max"')
  })

  it('fills what a config leaves out with the defaults, checking every value', () => {
    const specs = { rate: hyper.number({ default: 0.1, min: 0, max: 1, doc: '', live: true }), on: hyper.boolean({ default: false, doc: '', live: true }) }
    expect(resolveHypers('Toy', specs, { on: true })).toEqual({ rate: 0.1, on: true })
    expect(() => resolveHypers('Toy', specs, { rate: 2 })).toThrow('Toy: rate must be a finite number in [0, 1], got 2')
  })
})
