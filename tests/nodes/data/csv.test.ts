import { describe, expect, it } from 'vitest'
import csv from '../../../nodes/data/csv.ts'
import { parseCsvRecords } from '../../../nodes/data/csv-text.ts'
import { evaluate } from '../helpers/evaluate.ts'

const load = (text: string, overrides: { target?: string; classification?: boolean } = {}) => evaluate(csv, {}, { text, ...overrides })

describe('data/csv', () => {
  it('reads the default example as 6 rows of 4 features with 3 classes', async () => {
    const { dataset } = await evaluate(csv, {})
    expect(dataset.x.shape).toEqual([6, 4])
    expect(dataset.y.shape).toEqual([6, 1])
    expect(dataset.classes).toEqual(['setosa', 'versicolor', 'virginica'])
    expect(dataset.encoding).toBe('index')
  })

  it('uses the last column as the target by default and the others as features', async () => {
    const { dataset } = await load('a,b,c\n1,2,3\n4,5,6\n', { classification: false })
    expect(dataset.featureNames).toEqual(['a', 'b'])
    expect(dataset.targetNames).toEqual(['c'])
    expect(dataset.x.toArray()).toEqual([1, 2, 4, 5])
    expect(dataset.y.toArray()).toEqual([3, 6])
    expect(dataset.encoding).toBe('real')
    expect(dataset.classes).toBeUndefined()
  })

  it('takes a named target column from the middle of the header', async () => {
    const { dataset } = await load('a,b,c\n1,2,3\n4,5,6\n', { target: 'b', classification: false })
    expect(dataset.featureNames).toEqual(['a', 'c'])
    expect(dataset.x.toArray()).toEqual([1, 3, 4, 6])
    expect(dataset.y.toArray()).toEqual([2, 5])
  })

  it('handles quoted fields with commas, doubled quotes and line breaks', () => {
    const records = parseCsvRecords('name,"note, with comma",x\n"a ""b""","multi\nline",3\n')
    expect(records.map((r) => r.cells)).toEqual([
      ['name', 'note, with comma', 'x'],
      ['a "b"', 'multi\nline', '3'],
    ])
  })

  it('handles \\r\\n line endings and a byte-order mark', async () => {
    const { dataset } = await load('\uFEFFx,"y"\r\n1,2\r\n3,4\r\n', { classification: false })
    expect(dataset.featureNames).toEqual(['x'])
    expect(dataset.x.toArray()).toEqual([1, 3])
    expect(dataset.y.toArray()).toEqual([2, 4])
  })

  it('skips blank lines but counts them in row numbers', async () => {
    await expect(load('x,y\n1,2\n\n3,abc\n', { classification: false })).rejects.toThrow('row 4, column "y": "abc" is not a number')
  })

  it('reports an empty file', async () => {
    await expect(load('  \n')).rejects.toThrow('the CSV text is empty')
  })

  it('reports a header without data rows', async () => {
    await expect(load('a,b,c\n')).rejects.toThrow('the CSV has a header row (a, b, c) but no data rows')
  })

  it('reports a ragged row with its number and both column counts', async () => {
    await expect(load('a,b,c\n1,2,x\n3,4\n')).rejects.toThrow('row 3 has 2 columns but the header has 3')
  })

  it('reports a non-numeric feature cell by row and column name', async () => {
    const text = 'sepal length,petal width,species\n' + '1,2,a\n'.repeat(5) + '1,abc,b\n'
    await expect(load(text)).rejects.toThrow('row 7, column "petal width": "abc" is not a number')
  })

  it('reports an empty feature cell', async () => {
    await expect(load('a,b\n,1\n')).rejects.toThrow('row 2, column "a": the cell is empty, expected a number')
  })

  it('reports a non-numeric regression target', async () => {
    await expect(load('a,b\n1,high\n', { classification: false })).rejects.toThrow('row 2, column "b": "high" is not a number')
  })

  it('reports an unknown target column and lists the columns', async () => {
    await expect(load('a,b\n1,2\n', { target: 'c' })).rejects.toThrow('target column "c" is not in the header; the columns are "a", "b"')
  })

  it('reports a quote that is never closed', async () => {
    await expect(load('a,b\n1,"2\n3,4\n')).rejects.toThrow('row 2: a quoted cell is never closed')
  })

  it('reports a column named twice', async () => {
    await expect(load('a,b,a\n1,2,3\n')).rejects.toThrow('the header names column "a" twice (columns 1 and 3)')
  })

  it('knows the output shape before running', () => {
    expect(csv.shapes?.({}, { text: 'a,b,c\n1,2,3\n4,5,6\n', target: '', classification: true })).toEqual({ dataset: [2, 2], classes: [null, 2] })
  })
})
