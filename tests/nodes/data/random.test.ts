import { describe, expect, it } from 'vitest'
import random from '../../../nodes/data/random.ts'
import linspace from '../../../nodes/data/linspace.ts'
import { loadReference } from '../../helpers/reference.ts'
import { evaluate } from '../helpers/evaluate.ts'

const nonconvex = loadReference<{ X: number[][] }>('chapter-nonconvex.json')

describe('data/random', () => {
  it('reproduces np.random.seed(0); np.random.randn(150, 6) with the numpy-legacy generator', async () => {
    const { tensor } = await evaluate(random, {}, { generator: 'numpy-legacy', distribution: 'normal', seed: 0, shape: [150, 6] })
    expect(tensor.shape).toEqual([150, 6])
    const expected = nonconvex.X.flat()
    let worst = 0
    expected.forEach((v, i) => (worst = Math.max(worst, Math.abs(tensor.data[i] - v))))
    expect(worst).toBeLessThan(1e-12)
  })

  it('draws uniform values within [low, high)', async () => {
    const { tensor } = await evaluate(random, {}, { distribution: 'uniform', low: -2, high: 3, shape: [500] })
    const values = tensor.toArray()
    expect(Math.min(...values)).toBeGreaterThanOrEqual(-2)
    expect(Math.max(...values)).toBeLessThan(3)
  })

  it('scales numpy-legacy uniform draws as rand()·(high − low) + low', async () => {
    const { tensor: unit } = await evaluate(random, {}, { distribution: 'uniform', generator: 'numpy-legacy', shape: [4] })
    const { tensor: scaled } = await evaluate(random, {}, { distribution: 'uniform', generator: 'numpy-legacy', shape: [4], low: -1.5, high: 1.5 })
    unit.toArray().forEach((u, i) => expect(scaled.data[i]).toBe(u * 3 - 1.5))
  })

  it('gives normal draws the requested mean and spread', async () => {
    const { tensor } = await evaluate(random, {}, { mean: 10, std: 2, shape: [20000] })
    const values = tensor.toArray()
    const mean = values.reduce((s, v) => s + v, 0) / values.length
    const std = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length)
    expect(mean).toBeCloseTo(10, 1)
    expect(std).toBeCloseTo(2, 1)
  })

  it('gives the same tensor for the same seed and a different one for another seed', async () => {
    const a = await evaluate(random, {}, { seed: 7 })
    const b = await evaluate(random, {}, { seed: 7 })
    const c = await evaluate(random, {}, { seed: 8 })
    expect(a.tensor.toArray()).toEqual(b.tensor.toArray())
    expect(a.tensor.toArray()).not.toEqual(c.tensor.toArray())
  })

  it('refuses a uniform range whose high is not above low', async () => {
    await expect(evaluate(random, {}, { distribution: 'uniform', low: 1, high: 1 })).rejects.toThrow('high (1) must be greater than low (1)')
  })

  it('knows its shape before running', () => {
    expect(random.shapes?.({}, { distribution: 'normal', generator: 'default', seed: 0, shape: [3, 4], low: 0, high: 1, mean: 0, std: 1 })).toEqual({ tensor: [3, 4] })
  })
})

describe('data/linspace', () => {
  it('spaces num values evenly from start to stop inclusive, in float64', async () => {
    const { tensor } = await evaluate(linspace, {}, { start: -5, stop: 5, num: 101 })
    expect(tensor.shape).toEqual([101])
    expect(tensor.dtype).toBe('float64')
    expect(tensor.data[0]).toBe(-5)
    expect(tensor.data[100]).toBe(5)
    expect(tensor.data[50]).toBeCloseTo(0, 14)
    expect(tensor.data[1]).toBeCloseTo(-4.9, 14)
  })
})
