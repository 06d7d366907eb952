import { describe, expect, it } from 'vitest'
import csv from '../../../nodes/data/csv.ts'
import { evaluate } from '../helpers/evaluate.ts'

const load = (text: string) => evaluate(csv, {}, { text, classification: false })

describe('data/csv numbers', () => {
  it('reads decimal and scientific notation', async () => {
    const { dataset } = await load('a,b,c,d,e,y\n-2.5,.5,3.,2.5e-1,+4E2,1\n')
    expect(dataset.x.toArray()).toEqual([-2.5, 0.5, 3, 0.25, 400])
  })

  it.each([
    ['0x10', '"0x10" is not a number'],
    ['0b101', '"0b101" is not a number'],
    ['Infinity', '"Infinity" is not a number'],
    ['NaN', '"NaN" is not a number'],
    ['', 'the cell is empty, expected a number'],
    [' 1 2', '"1 2" is not a number'],
  ])('refuses %j in a feature cell, naming its row and column', async (cell, why) => {
    await expect(load(`a,b,y\n1,2,3\n4,${cell},6\n`)).rejects.toThrow(`row 3, column "b": ${why}`)
  })

  it('refuses a hexadecimal regression target, naming its row and column', async () => {
    await expect(load('a,y\n1,0x10\n')).rejects.toThrow('row 2, column "y": "0x10" is not a number')
  })

  it('refuses a number too large to hold', async () => {
    await expect(load('a,y\n1e999,1\n')).rejects.toThrow('row 2, column "a": "1e999" is too large for a number')
  })
})
