import { describe, expect, it } from 'vitest'
import values, { parseValues } from '../../../nodes/data/values.ts'
import { evaluate } from '../helpers/evaluate.ts'

describe('data/values', () => {
  it('reads plain numbers and count×number repeats', () => {
    expect(parseValues('1, 2.5, -3')).toEqual([1, 2.5, -3])
    expect(parseValues('2×0, 3x1, 1*−1')).toEqual([0, 0, 1, 1, 1, -1])
    expect(parseValues('1e-3; 2\n3')).toEqual([0.001, 2, 3])
  })

  it("gives the chapter's y = [0] * 75 + [1] * 75 as a float64 tensor of shape [150]", async () => {
    const { tensor } = await evaluate(values, {}, { values: '75×0, 75×1' })
    expect(tensor.shape).toEqual([150])
    expect(tensor.dtype).toBe('float64')
    expect(Array.from(tensor.data)).toEqual([...Array<number>(75).fill(0), ...Array<number>(75).fill(1)])
  })

  it('names the item that is not a number', () => {
    expect(() => parseValues('1, two, 3')).toThrow('item 2 ("two"): "two" is not a number')
    expect(() => parseValues('4×a')).toThrow('item 1 ("4×a"): "a" is not a number')
  })

  it('refuses empty text and empty items', () => {
    expect(() => parseValues('  ')).toThrow('values is empty')
    expect(() => parseValues('1,,2')).toThrow('item 2 is empty')
  })

  it('reports the shape before running', () => {
    expect(values.shapes?.({}, { values: '3×1, 2' })).toEqual({ tensor: [4] })
    expect(values.shapes?.({}, { values: 'oops' })).toEqual({})
  })
})
