import { describe, expect, it } from 'vitest'
import { hyper } from '../../src/core/index.ts'
import { paramOfHyper, paramsOfHypers } from '../../src/graph/hyper-params.ts'
import { param, paramProblem } from '../../src/graph/params.ts'

const beta = hyper.number({ default: 0.9, min: 0, max: 1, maxInclusive: false, slider: { min: 0, max: 0.9999 }, doc: 'β.', live: true })

describe('params derived from hyperparameter descriptions', () => {
  it('carry a number’s default, bounds, openness, scale, slider and doc, not whether it is live', () => {
    expect(paramOfHyper(beta)).toEqual(param.number({ default: 0.9, min: 0, max: 1, maxInclusive: false, slider: { min: 0, max: 0.9999 }, doc: 'β.' }))
  })

  it('turn booleans into checkboxes and choices into selects', () => {
    expect(paramsOfHypers({ on: hyper.boolean({ default: true, doc: 'On.', live: true }), how: hyper.choice({ default: 'sum', options: ['sum', 'mean'], doc: 'How.', live: false }) })).toEqual({
      on: param.boolean({ default: true, doc: 'On.' }),
      how: param.select({ default: 'sum', options: ['sum', 'mean'], doc: 'How.' }),
    })
  })

  it('refuse an open bound itself, saying the range is open', () => {
    const p = paramOfHyper(beta)
    expect([paramProblem(p, 0), paramProblem(p, 0.99999)]).toEqual([null, null])
    expect(paramProblem(p, 1)).toBe('1 is out of range: expected a number in [0, 1)')
  })

  it('keep the familiar wording for closed ranges', () => {
    expect(paramProblem(param.number({ default: 1, min: 1e-6, max: 100 }), 120)).toBe('120 is out of range: expected a number between 1e-6 and 100')
    expect(paramProblem(param.number({ default: 1, min: 0, minInclusive: false }), 0)).toBe('0 is out of range: expected a number above 0')
  })
})
