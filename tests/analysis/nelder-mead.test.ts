import { describe, expect, it } from 'vitest'
import { nelderMead } from '../../src/analysis/nelder-mead.ts'

describe('nelderMead', () => {
  it('finds the minimum of a shifted, stretched quadratic', () => {
    const f = (w: readonly number[]) => (w[0] - 1) ** 2 + 10 * (w[1] + 2) ** 2
    const { x, fx, converged } = nelderMead(f, [5, 5])
    expect(converged).toBe(true)
    expect(x[0]).toBeCloseTo(1, 6)
    expect(x[1]).toBeCloseTo(-2, 6)
    expect(fx).toBeLessThan(1e-10)
  })

  it("finds the minimum of Rosenbrock's banana valley", () => {
    const f = (w: readonly number[]) => 100 * (w[1] - w[0] ** 2) ** 2 + (1 - w[0]) ** 2
    const { x } = nelderMead(f, [-1.2, 1], { maxIterations: 2000 })
    expect(x[0]).toBeCloseTo(1, 5)
    expect(x[1]).toBeCloseTo(1, 5)
  })

  it('minimizes in one dimension', () => {
    const { x } = nelderMead((w) => Math.cos(w[0]), [3], { step: 0.5 })
    expect(x[0]).toBeCloseTo(Math.PI, 5)
  })

  it('treats NaN values as worse than any number', () => {
    const f = (w: readonly number[]) => (w[0] < 0 ? NaN : (w[0] - 0.5) ** 2 + w[1] ** 2)
    const { x } = nelderMead(f, [0.1, 0.1], { step: 1 })
    expect(x[0]).toBeCloseTo(0.5, 5)
  })

  it('stops after maxIterations', () => {
    const { iterations, converged } = nelderMead((w) => w[0] ** 2 + w[1] ** 2, [10, 10], { maxIterations: 5 })
    expect(iterations).toBe(5)
    expect(converged).toBe(false)
  })
})
