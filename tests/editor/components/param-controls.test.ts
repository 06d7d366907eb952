import { describe, expect, it } from 'vitest'
import { param } from '../../../src/graph/params.ts'
import { parseParamInput, sliderPosition, sliderSpec, sliderValue } from '../../../src/editor/components/param-controls.ts'

const learningRate = param.number({ default: 0.001, min: 1e-6, max: 100, scale: 'log', slider: { min: 1e-6, max: 10 } })
const beta1 = param.number({ default: 0.9, min: 0, max: 1, maxInclusive: false, slider: { min: 0, max: 0.9999 } })

describe('sliders with their own range', () => {
  it('span the slider range, not the wider accepted one', () => {
    expect(sliderSpec(learningRate)).toEqual(sliderSpec(param.number({ default: 0.001, min: 1e-6, max: 10, scale: 'log' })))
    expect(sliderValue(learningRate, sliderSpec(learningRate)?.max ?? 0)).toBe(10)
  })

  it('accept a typed value beyond the slider, which parks the thumb at its end', () => {
    expect(parseParamInput(learningRate, '50')).toEqual({ ok: true, value: 50 })
    expect(sliderPosition(learningRate, 50)).toBe(sliderSpec(learningRate)?.max)
  })

  it('stop short of an open bound, which typing cannot reach either', () => {
    expect(sliderValue(beta1, 0.9999)).toBe(0.9999)
    expect(parseParamInput(beta1, '1')).toEqual({ ok: false, problem: '1 is out of range: expected a number in [0, 1)' })
  })
})

describe('sliders of counts that span decades', () => {
  const units = param.integer({ default: 32, min: 1, max: 4096 })

  it("slide a Dense layer's 1…4096 units on a log scale, so 20 units sits a third of the way along", () => {
    const spec = sliderSpec(units)
    const share = spec ? (sliderPosition(units, 20) - spec.min) / (spec.max - spec.min) : 0
    expect({ log: spec?.log, share: Math.round(share * 100) / 100 }).toEqual({ log: true, share: 0.36 })
  })

  it('give back the round whole numbers they were set to (two significant digits, as on every log slider)', () => {
    expect([3, 16, 20, 250, 4096].map((n) => sliderValue(units, sliderPosition(units, n)))).toEqual([3, 16, 20, 250, 4096])
  })

  it('stay linear for a count within a few hundred, and for an index from 0', () => {
    expect([sliderSpec(param.integer({ default: 40, min: 5, max: 200 }))?.log, sliderSpec(param.integer({ default: 0, min: 0, max: 5000 }))?.log]).toEqual([false, false])
  })
})
