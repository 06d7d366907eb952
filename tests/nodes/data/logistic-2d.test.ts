import { describe, expect, it } from 'vitest'
import logistic2d from '../../../nodes/data/logistic-2d.ts'
import { loadReference } from '../../helpers/reference.ts'
import { evaluate } from '../helpers/evaluate.ts'

const chapter = loadReference<{ X: number[][]; y: number[] }>('chapter-gd-vs-sgd.json')

describe('data/logistic-2d', () => {
  it("reproduces the chapter's X to 1e-12 with the default n and seed", async () => {
    const { dataset } = await evaluate(logistic2d, {})
    expect(dataset.x.shape).toEqual([20, 2])
    expect(dataset.x.dtype).toBe('float64')
    chapter.X.flat().forEach((v, i) => expect(Math.abs(dataset.x.data[i] - v)).toBeLessThan(1e-12))
  })

  it("reproduces the chapter's ±1 labels as a 20×1 sign-encoded y", async () => {
    const { dataset } = await evaluate(logistic2d, {})
    expect(dataset.y.shape).toEqual([20, 1])
    expect(dataset.y.toArray()).toEqual(chapter.y)
    expect(dataset.encoding).toBe('sign')
  })

  it('draws n points for another n', async () => {
    const { dataset } = await evaluate(logistic2d, {}, { n: 50, seed: 3 })
    expect(dataset.x.shape).toEqual([50, 2])
    dataset.x.toArray().forEach((v) => expect(Math.abs(v)).toBeLessThanOrEqual(1.5))
  })
})
