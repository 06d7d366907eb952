import { describe, expect, it } from 'vitest'
import { Dense, Random, Sequential, input, loadIris, shuffleRows, standardize, toCategorical } from '../../../src/core/index.ts'
import type { Tensor } from '../../../src/core/index.ts'

/** The chapter's experiment: 4→256→256→256→3 relu/softmax, Adam, batch 30. */
function train(x: Tensor, y: Tensor, epochs: number) {
  const model = new Sequential(
    [input([4]), new Dense({ units: 256, activation: 'relu' }), new Dense({ units: 256, activation: 'relu' }), new Dense({ units: 256, activation: 'relu' }), new Dense({ units: 3, activation: 'softmax' })],
    { seed: 0 },
  )
  model.compile({ loss: 'categorical_crossentropy', optimizer: 'adam', metrics: ['accuracy'] })
  return model.fit(x, y, { epochs, batchSize: 30, seed: 0 }).history
}

const iris = loadIris()
// The chapter shuffles the rows once (iris.sample(frac=1)) before fitting.
const [rawX, y] = shuffleRows([iris.x, toCategorical(iris.labels)], new Random(0))
const standardX = standardize(rawX).x

describe("the chapter's iris standardization experiment", () => {
  it('ships the 150 × 4 iris data with three balanced classes', () => {
    expect(iris.x.shape).toEqual([150, 4])
    expect([0, 1, 2].map((c) => iris.labels.filter((l) => l === c).length)).toEqual([50, 50, 50])
  })

  it('reaches at least 0.97 training accuracy after 100 epochs on standardized inputs', () => {
    const history = train(standardX, y, 100)
    expect(history.accuracy[99]).toBeGreaterThanOrEqual(0.97)
  })

  it('has a higher loss after 5 epochs without standardization than with it', () => {
    const raw = train(rawX, y, 5)
    const standardized = train(standardX, y, 5)
    expect(raw.loss[4]).toBeGreaterThan(standardized.loss[4])
  })
})
