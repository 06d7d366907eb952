import { describe, expect, it } from 'vitest'
import { effortFor } from '../../src/analysis/effort.ts'

describe('effortFor', () => {
  it('keeps the chapter-sized contour at the full resolution', () => {
    expect(effortFor(20 * 2, 40)).toEqual({ rows: 40, optimumIterations: 1000 })
  })

  it('gives fewer rows when one loss evaluation costs more', () => {
    // 3e8 / 1e5 = 3000 evaluations: rows = ⌊√(3000 / 6)⌋ = 22, the search 1000 of them.
    expect(effortFor(1e5, 40)).toEqual({ rows: 22, optimumIterations: 1000 })
  })

  it('gives up when not even a coarse grid fits the budget', () => {
    expect(effortFor(1e7, 40)).toBeNull()
  })
})
