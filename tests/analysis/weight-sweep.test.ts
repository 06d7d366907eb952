import { asapScheduler } from 'rxjs'
import { describe, expect, it } from 'vitest'
import type { LocatedWeight } from '../../src/analysis/locate-weight.ts'
import { checkRange, lossAlong, lossOverPlane } from '../../src/analysis/weight-sweep.ts'

const control = { scheduler: asapScheduler, signal: new AbortController().signal }
const weights = new Float64Array(3)
const at = (index: number): LocatedWeight => ({ data: weights, index, label: `w${index}` })

describe('lossAlong', () => {
  it('evaluates the loss with the weight at each value in turn', async () => {
    const losses = await lossAlong(at(1), [1, 2, 3], () => 10 * weights[1] + weights[0], control)
    expect(Array.from(losses)).toEqual([10, 20, 30])
  })
})

describe('lossOverPlane', () => {
  it('fills row i with weight b at ys[i] and weight a along xs', async () => {
    const values = await lossOverPlane(at(0), at(2), [1, 2, 3], [10, 20], () => weights[0] + weights[2], control)
    expect(Array.from(values)).toEqual([11, 12, 13, 21, 22, 23])
  })
})

describe('checkRange', () => {
  it('refuses a range that does not run upward, naming the weight', () => {
    expect(() => checkRange(1, 1, 'A')).toThrow('weight A: to (1) must be greater than from (1)')
  })
})
