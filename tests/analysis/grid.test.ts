import { describe, expect, it } from 'vitest'
import { contourGrid, squareLimits } from '../../src/analysis/grid.ts'

describe('squareLimits', () => {
  it('widens by 1 and stretches the shorter side', () => {
    expect(squareLimits([[0, 0], [4, 1]])).toEqual([[-1, 5], [-2.5, 3.5]])
  })
})

describe('contourGrid', () => {
  it('samples f at every (x[j], y[i]) into z[i][j], ending exactly at the limits', () => {
    const grid = contourGrid((a, b) => 10 * a + b, [[0, 0.3], [1, 2]], 4, 3)
    expect(grid.x.at(-1)).toBe(0.3)
    expect(grid.y).toEqual([1, 1.5, 2])
    expect(grid.z[2][1]).toBeCloseTo(10 * grid.x[1] + 2, 12)
  })
})
