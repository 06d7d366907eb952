import { describe, expect, it } from 'vitest'
import { landscape } from '../../src/analysis/landscape.ts'
import { loadReference } from '../helpers/reference.ts'

/** A bowl with its bottom at (1, −2). */
const bowl = (w: readonly number[]) => (w[0] - 1) ** 2 + 2 * (w[1] + 2) ** 2

const path: [number, number][] = [
  [3, 1],
  [2.2, -0.5],
  [1.6, -1.4],
  [1.3, -1.8],
]

const FULL = { rows: 40, optimumIterations: 1000 }
const over = (lossAt: (w: readonly number[]) => number, points = path, effort = FULL) => landscape(lossAt, points[points.length - 1], 0, 1, points, effort)

describe('landscape', () => {
  it('finds the optimum of the loss over the two weights', () => {
    const { optimum } = over(bowl)
    expect(optimum?.[0]).toBeCloseTo(1, 6)
    expect(optimum?.[1]).toBeCloseTo(-2, 6)
  })

  it('computes the contour on a grid of `rows` rows and twice as many columns of loss values', () => {
    const { contour } = over(bowl, path, { rows: 12, optimumIterations: 1000 })
    expect(contour.x).toHaveLength(24)
    expect(contour.z).toHaveLength(12)
    expect(contour.z[0]).toHaveLength(24)
    expect(contour.z[3][7]).toBeCloseTo(bowl([contour.x[7], contour.y[3]]), 12)
  })

  it("frames the paths and the optimum like the chapter's get_lims: ±1, stretched to a square", () => {
    const { view } = over(bowl)
    // x spans 1…3 → [0, 4]; y spans −2…1 → [−3, 2]; x is stretched to 5 wide around 2.
    // (The optimum comes from Nelder–Mead, so the limits are exact to its tolerance.)
    expect(view[0][0]).toBeCloseTo(-0.5, 8)
    expect(view[0][1]).toBeCloseTo(4.5, 8)
    expect(view[1][0]).toBeCloseTo(-3, 8)
    expect(view[1][1]).toBeCloseTo(2, 8)
  })

  it('reaches the contour 3 times as wide and 1.5 times as high as the view, to fill wide charts', () => {
    const { contour } = over(bowl)
    // The view [−0.5, 4.5] × [−3, 2] is centred on (2, −0.5).
    expect(contour.x[0]).toBeCloseTo(-5.5, 8)
    expect(contour.x.at(-1)).toBeCloseTo(9.5, 8)
    expect(contour.y[0]).toBeCloseTo(-4.25, 8)
    expect(contour.y.at(-1)).toBeCloseTo(3.25, 8)
  })

  it('holds the weights other than the two at their base values', () => {
    const third = (w: readonly number[]) => bowl(w) + (w[2] - 5) ** 2
    const { contour } = landscape(third, [0, 0, 7], 0, 1, path, { rows: 5, optimumIterations: 1000 })
    // w₂ stays at 7: every contour value includes (7 − 5)² = 4.
    expect(contour.z[2][2]).toBeCloseTo(third([contour.x[2], contour.y[2], 7]), 12)
  })

  it('finds an optimum far from the paths (a run that has not moved) and frames both', () => {
    const { optimum, view } = over(bowl, [[-7, 6]])
    expect([optimum?.[0], optimum?.[1]].map((v) => Number(v?.toFixed(6)))).toEqual([1, -2])
    expect([view[0][0] <= -7 && view[0][1] >= 1, view[1][0] <= -2 && view[1][1] >= 6]).toEqual([true, true])
  })

  it('leaves the optimum unmarked when the loss keeps falling, however far it looks', () => {
    expect(over((w) => -w[0], [[-7, 6]]).optimum).toBeNull()
  })

  it('leaves the optimum unmarked when the loss keeps falling far outside the paths', () => {
    const c = over((w) => -w[0])
    expect(c.optimum).toBeNull()
    expect(c.contour.z).toHaveLength(40)
  })
})

describe("landscape on the chapter's logistic regression", () => {
  const ref = loadReference<{ X: number[][]; y: number[]; alpha_star: number[]; alphas_gd: [number, number][] }>('chapter-gd-vs-sgd.json')
  /** The chapter's cost: Σ log(1 + exp(−y·Xα)) + ½·0.1·‖α‖². */
  const cost = (a: readonly number[]) =>
    ref.X.reduce((s, [x0, x1], i) => s + Math.log1p(Math.exp(-ref.y[i] * (x0 * a[0] + x1 * a[1]))), 0) + 0.05 * (a[0] ** 2 + a[1] ** 2)

  it('marks scipy’s alpha_star as the optimum', () => {
    const { optimum } = over(cost, ref.alphas_gd)
    expect(optimum?.[0]).toBeCloseTo(ref.alpha_star[0], 5)
    expect(optimum?.[1]).toBeCloseTo(ref.alpha_star[1], 5)
  })
})
