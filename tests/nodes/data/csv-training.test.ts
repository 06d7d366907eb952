import { describe, expect, it } from 'vitest'
import { Adam, Dense, Sequential, input } from '../../../src/core/index.ts'
import csv from '../../../nodes/data/csv.ts'
import oneHot from '../../../nodes/preprocess/one-hot.ts'
import { evaluate } from '../helpers/evaluate.ts'

// Three well-separated clouds, labelled 0, 1 and 2, with the rows in shuffled order (the
// first row is class 2): what a pandas user's iris.csv looks like after df.sample(frac=1).
const CENTRES: readonly [number, number][] = [[0, 0], [6, 0], [0, 6]]
const LABELS = [2, 0, 1, 1, 2, 0, 0, 2, 1, 2, 1, 0, 1, 0, 2, 0, 2, 1]
const TEXT = ['x0,x1,target', ...LABELS.map((label, i) => {
  const [cx, cy] = CENTRES[label]
  return `${cx + ((i * 7) % 5) / 5 - 0.4},${cy + ((i * 3) % 5) / 5 - 0.4},${label}`
})].join('\n')

async function shuffledDigits() {
  const { dataset } = await evaluate(csv, {}, { text: TEXT })
  return evaluate(oneHot, { data: dataset })
}

const argmax = (row: ArrayLike<number>): number => Array.from(row).reduce((best, v, k, all) => (v > all[best] ? k : best), 0)

describe('data/csv with numeric labels in shuffled order', () => {
  it('one-hot encodes each row with its 1 in the column of its label', async () => {
    const { dataset } = await shuffledDigits()
    const y = dataset.y.toArray()
    expect(LABELS.map((_, r) => argmax(y.slice(r * 3, r * 3 + 3)))).toEqual(LABELS)
  })

  it('trains a classifier whose class k is label k', async () => {
    const { dataset } = await shuffledDigits()
    const model = new Sequential([input([2]), new Dense({ units: 3, activation: 'softmax' })], { seed: 0 })
    model.compile({ loss: 'categorical_crossentropy', optimizer: new Adam({ learningRate: 0.1 }) })
    model.fit(dataset.x, dataset.y, { epochs: 200, batchSize: LABELS.length })
    const p = model.predict(dataset.x).toArray()
    expect(LABELS.map((_, r) => argmax(p.slice(r * 3, r * 3 + 3)))).toEqual(LABELS)
  })
})
