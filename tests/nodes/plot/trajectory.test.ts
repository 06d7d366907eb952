import { describe, expect, it } from 'vitest'
import trajectory, { CONTOUR_BUDGET, effortFor, squareLimits, weightName } from '../../../nodes/plot/trajectory.ts'
import { loadReference } from '../../helpers/reference.ts'
import { evaluate } from '../helpers/evaluate.ts'
import { fakeSnapshot } from '../helpers/snapshot.ts'

/** A bowl with its bottom at (1, −2); a third weight adds (w₂ − 5)². */
const bowl = (w: readonly number[]) => (w[0] - 1) ** 2 + 2 * (w[1] + 2) ** 2 + (w.length > 2 ? (w[2] - 5) ** 2 : 0)

const path = [
  [3, 1],
  [2.2, -0.5],
  [1.6, -1.4],
  [1.3, -1.8],
]

async function chart(runs = [fakeSnapshot({ trajectory: path, lossAt: bowl })], overrides = {}) {
  const { chart } = await evaluate(trajectory, { runs }, overrides)
  if (chart.kind !== 'trajectory') throw new Error(`expected a trajectory chart, got ${chart.kind}`)
  return chart
}

describe('plot/trajectory', () => {
  it('finds the optimum of the loss over the two weights', async () => {
    const { optimum } = await chart()
    expect(optimum?.[0]).toBeCloseTo(1, 6)
    expect(optimum?.[1]).toBeCloseTo(-2, 6)
  })

  it('computes the contour on a grid of resolution rows and twice as many columns of lossAt values', async () => {
    const { contour } = await chart(undefined, { resolution: 12 })
    expect(contour?.x).toHaveLength(24)
    expect(contour?.z).toHaveLength(12)
    expect(contour?.z[0]).toHaveLength(24)
    expect(contour?.z[3][7]).toBeCloseTo(bowl([contour?.x[7] ?? NaN, contour?.y[3] ?? NaN]), 12)
  })

  it("frames the paths and the optimum like the chapter's get_lims: ±1, stretched to a square", async () => {
    const { view } = await chart()
    // x spans 1…3 → [0, 4]; y spans −2…1 → [−3, 2]; x is stretched to 5 wide around 2.
    // (The optimum comes from Nelder–Mead, so the limits are exact to its tolerance.)
    expect(view?.x[0]).toBeCloseTo(-0.5, 8)
    expect(view?.x[1]).toBeCloseTo(4.5, 8)
    expect(view?.y[0]).toBeCloseTo(-3, 8)
    expect(view?.y[1]).toBeCloseTo(2, 8)
  })

  it('reaches the contour 3 times as wide and 1.5 times as high as the view, to fill wide charts', async () => {
    const { contour } = await chart()
    // The view [−0.5, 4.5] × [−3, 2] is centred on (2, −0.5).
    expect(contour?.x[0]).toBeCloseTo(-5.5, 8)
    expect(contour?.x.at(-1)).toBeCloseTo(9.5, 8)
    expect(contour?.y[0]).toBeCloseTo(-4.25, 8)
    expect(contour?.y.at(-1)).toBeCloseTo(3.25, 8)
  })

  it('draws one path per run, named by its label', async () => {
    const other = fakeSnapshot({ label: 'sgd', trajectory: [[3, 1], [2, 0]], lossAt: bowl })
    const { paths } = await chart([fakeSnapshot({ label: 'gd', trajectory: path, lossAt: bowl }), other])
    expect(paths.map((p) => p.name)).toEqual(['gd', 'sgd'])
    expect(paths[1].points).toEqual([[3, 1], [2, 0]])
  })

  it('holds the other weights at the first run’s final values', async () => {
    const three = path.map(([a, b], i) => [a, b, 4 + i])
    const { contour, optimum } = await chart([fakeSnapshot({ trajectory: three, lossAt: bowl })], { resolution: 5 })
    // w₂ ends at 7: every contour value includes (7 − 5)² = 4.
    expect(contour?.z[2][2]).toBeCloseTo(bowl([contour?.x[2] ?? NaN, contour?.y[2] ?? NaN, 7]), 12)
    expect(optimum?.[0]).toBeCloseTo(1, 6)
  })

  it('plots chosen weights by their index in the flat vector', async () => {
    const three = path.map(([a, b]) => [a, 5, b])
    const c = await chart([fakeSnapshot({ trajectory: three, lossAt: (w) => bowl([w[0], w[2]]) })], { weightX: 0, weightY: 2 })
    expect(c.xLabel).toBe('w₀')
    expect(c.yLabel).toBe('w₂')
    expect(c.paths[0].points[0]).toEqual([3, 1])
    expect(c.optimum?.[1]).toBeCloseTo(-2, 6)
  })

  it('names the trainer that does not record its trajectory', async () => {
    await expect(chart([fakeSnapshot({ label: 'fit' })])).rejects.toThrow("trainer fit does not record its trajectory: turn on 'record trajectory'")
  })

  it('names an out-of-range weight index', async () => {
    await expect(chart(undefined, { weightY: 2 })).rejects.toThrow("weightY 2 is out of range: trainer fit's model has 2 weights (0…1)")
  })

  it('shows paths without a contour when no loss function is available', async () => {
    const c = await chart([fakeSnapshot({ trajectory: path })])
    expect(c.contour).toBeNull()
    expect(c.optimum).toBeNull()
    expect(c.paths[0].points).toHaveLength(4)
  })

  it('draws a coarser contour when finer ones would cost more than its budget per evaluation', async () => {
    let calls = 0
    const counted = (w: readonly number[]) => (calls++, bowl(w))
    // 3e8 / 1e5 = 3000 evaluations: rows = ⌊√(3000 / 6)⌋ = 22.
    const c = await chart([fakeSnapshot({ trajectory: path, lossAt: counted, lossCost: 1e5 })])
    expect(c.contour?.z).toHaveLength(22)
    expect(calls).toBeLessThanOrEqual(CONTOUR_BUDGET / 1e5)
    expect(c.note).toBeNull()
  })

  it('shows the paths alone, saying why, when even a coarse contour is beyond its budget', async () => {
    let calls = 0
    const c = await chart([fakeSnapshot({ trajectory: path, lossAt: (w) => (calls++, bowl(w)), lossCost: 1e7 })])
    expect([c.contour, c.optimum, calls]).toEqual([null, null, 0])
    expect(c.paths[0].points).toHaveLength(4)
    expect(c.note).toBe('no contour: one loss evaluation costs ~10M multiply-adds, too many to redraw while training')
  })

  it('keeps the chapter-sized contour at the full resolution', () => {
    expect(effortFor(20 * 2, 40)).toEqual({ rows: 40, optimumIterations: 1000 })
  })

  it('leaves the optimum unmarked when the loss keeps falling far outside the paths', async () => {
    const c = await chart([fakeSnapshot({ trajectory: path, lossAt: (w) => -w[0] })])
    expect(c.optimum).toBeNull()
    expect(c.contour?.z).toHaveLength(40)
  })
})

describe("plot/trajectory on the chapter's logistic regression", () => {
  const ref = loadReference<{ X: number[][]; y: number[]; alpha_star: number[]; alphas_gd: number[][] }>('chapter-gd-vs-sgd.json')
  /** The chapter's cost: Σ log(1 + exp(−y·Xα)) + ½·0.1·‖α‖². */
  const cost = (a: readonly number[]) =>
    ref.X.reduce((s, [x0, x1], i) => s + Math.log1p(Math.exp(-ref.y[i] * (x0 * a[0] + x1 * a[1]))), 0) + 0.05 * (a[0] ** 2 + a[1] ** 2)

  it('marks scipy’s alpha_star as the optimum', async () => {
    const { optimum } = await chart([fakeSnapshot({ label: 'gd', trajectory: ref.alphas_gd, lossAt: cost })])
    expect(optimum?.[0]).toBeCloseTo(ref.alpha_star[0], 5)
    expect(optimum?.[1]).toBeCloseTo(ref.alpha_star[1], 5)
  })
})

describe('trajectory helpers', () => {
  it('squareLimits widens by 1 and stretches the shorter side', () => {
    expect(squareLimits([[0, 0], [4, 1]])).toEqual([[-1, 5], [-2.5, 3.5]])
  })

  it('weightName writes the index as subscript digits', () => {
    expect(weightName(12)).toBe('w₁₂')
  })
})
