import { describe, expect, it } from 'vitest'
import { Dense, Sequential, input } from '../../src/core/index.ts'
import { locateWeight } from '../../src/analysis/locate-weight.ts'

/** The chapter's shape: 6 inputs → 20 hidden units → 1 output. */
const model = () => new Sequential([input([6]), new Dense({ units: 20, name: 'hidden' }), new Dense({ units: 1, name: 'out' })], { seed: 0 })

describe('locateWeight', () => {
  it('finds kernel[row, column] in the kernel’s row-major storage', () => {
    const m = model()
    const w = locateWeight(m, { layer: 0, row: 3, column: 9 })
    const hidden = m.layers.find((l): l is Dense => l instanceof Dense)
    expect(w.data).toBe(hidden?.kernel?.data)
    expect(w.index).toBe(3 * 20 + 9)
  })

  it('labels the entry by its layer’s name and position', () => {
    expect(locateWeight(model(), { layer: 1, row: 4, column: 0 }).label).toBe('out W[4, 0]')
  })

  it('names an out-of-range layer', () => {
    expect(() => locateWeight(model(), { layer: 2, row: 0, column: 0 })).toThrow('layer 2 is out of range: the model has 2 Dense layers (0…1)')
  })

  it('names an out-of-range row', () => {
    expect(() => locateWeight(model(), { layer: 0, row: 6, column: 0 })).toThrow('row 6 is out of range: layer 0 ("hidden") has a 6×20 kernel (rows 0…5, one per input)')
  })

  it('names an out-of-range column', () => {
    expect(() => locateWeight(model(), { layer: 1, row: 0, column: 1 })).toThrow('column 1 is out of range: layer 1 ("out") has a 20×1 kernel (columns 0…0, one per unit)')
  })

  it('names which weight is out of range when given one', () => {
    expect(() => locateWeight(model(), { layer: 0, row: 9, column: 0 }, 'B')).toThrow(/^weight B: row 9 is out of range/)
  })
})
