import { describe, expect, it } from 'vitest'
import csv from '../../../nodes/data/csv.ts'
import { byCodePoint } from '../../../nodes/data/class-labels.ts'
import { evaluate } from '../helpers/evaluate.ts'

const load = (text: string, overrides: { classification?: boolean } = {}) => evaluate(csv, {}, { text, ...overrides })

describe('data/csv class labels', () => {
  it('numbers text labels in sorted order, as scikit-learn’s LabelEncoder does', async () => {
    const { dataset } = await load('a,label\n1,dog\n2,cat\n3,dog\n4,bird\n')
    expect(dataset.classes).toEqual(['bird', 'cat', 'dog'])
    expect(dataset.y.toArray()).toEqual([2, 1, 2, 0])
  })

  it('keeps numeric labels as their own class index, whatever order the rows come in', async () => {
    const { dataset } = await load('a,target\n1,2\n2,0\n3,1\n4,2\n')
    expect(dataset.classes).toEqual(['0', '1', '2'])
    expect(dataset.y.toArray()).toEqual([2, 0, 1, 2])
  })

  it('counts classes up to the largest numeric label, also those no row has', async () => {
    const { dataset } = await load('a,target\n1,3\n2,0\n')
    expect(dataset.classes).toEqual(['0', '1', '2', '3'])
  })

  it('reads a numeric label written as 1.0 as class 1', async () => {
    const { dataset } = await load('a,target\n1,1.0\n2,0\n')
    expect(dataset.y.toArray()).toEqual([1, 0])
  })

  it.each([
    ['a fractional numeric label', '0\n2,1.5', 'row 3, column "target": class label "1.5" is not a class index (a whole number ≥ 0)'],
    ['a negative numeric label', '-1\n2,1', 'row 2, column "target": class label "-1" is not a class index (a whole number ≥ 0)'],
    ['a numeric label that would make more than 10,000 classes', '0\n2,1e9', 'row 3, column "target": class label 1000000000 would make 1000000001 classes, more than 10000'],
    ['an empty class label', '0\n2,""', 'row 3, column "target": the class label is empty'],
  ])('refuses %s, naming its row and column', async (_what, rows, message) => {
    await expect(load(`a,target\n1,${rows}\n`)).rejects.toThrow(message)
  })

  it('treats a column of numbers and words as text labels, sorted as text', async () => {
    const { dataset } = await load('a,label\n1,10\n2,2\n3,cat\n4,1\n')
    expect(dataset.classes).toEqual(['1', '10', '2', 'cat'])
  })

  it('outputs the label → index mapping as a table', async () => {
    const { classes } = await load('a,label\n1,dog\n2,cat\n')
    expect(classes.rows).toEqual([['cat', 0], ['dog', 1]])
    expect(classes.columns).toEqual(['label', 'index'])
  })

  it('says in the mapping how the labels became indices', async () => {
    const { classes } = await load('a,target\n1,1\n2,0\n')
    expect(classes.footer).toEqual(['numeric labels are their own class index'])
  })

  it('outputs an empty mapping for a regression target', async () => {
    const { classes } = await load('a,b\n1,2.5\n', { classification: false })
    expect(classes.rows).toEqual([])
  })
})

describe('byCodePoint', () => {
  it('orders characters beyond U+FFFF after those below, as NumPy does', () => {
    expect(['😀', '～', 'a'].sort(byCodePoint)).toEqual(['a', '～', '😀'])
  })

  it('puts a prefix before the longer string', () => {
    expect(['ab', 'a'].sort(byCodePoint)).toEqual(['a', 'ab'])
  })
})
