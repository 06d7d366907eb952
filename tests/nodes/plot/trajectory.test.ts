import { describe, expect, it } from 'vitest'
import { CONTOUR_BUDGET } from '../../../src/analysis/effort.ts'
import trajectory, { weightName } from '../../../nodes/plot/trajectory.ts'
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
  it('marks the optimum of the first run’s loss over the two weights', async () => {
    const { optimum } = await chart()
    expect(optimum?.[0]).toBeCloseTo(1, 6)
    expect(optimum?.[1]).toBeCloseTo(-2, 6)
  })

  it('draws one path per run, named by its label', async () => {
    const other = fakeSnapshot({ label: 'sgd', trajectory: [[3, 1], [2, 0]], lossAt: bowl })
    const { paths } = await chart([fakeSnapshot({ label: 'gd', trajectory: path, lossAt: bowl }), other])
    expect(paths.map((p) => p.name)).toEqual(['gd', 'sgd'])
    expect(paths[1].points).toEqual([[3, 1], [2, 0]])
  })

  it('marks a live change on its path where it took effect, labelled as the curves label it', async () => {
    const swap = { node: 'fit', input: 'optimizer', from: 'sgd.optimizer', value: 'adam.optimizer', label: 'SGD → Adam', trainer: 'fit', step: 2 }
    const { paths } = await chart([fakeSnapshot({ trajectory: path, lossAt: bowl, tweaks: [swap] })])
    expect(paths[0].marks).toEqual([{ at: [1.6, -1.4], label: 'SGD → Adam' }])
  })

  it('a path without live changes has no marks', async () => {
    const { paths } = await chart()
    expect(paths[0]).not.toHaveProperty('marks')
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
})

describe('trajectory helpers', () => {
  it('weightName writes the index as subscript digits', () => {
    expect(weightName(12)).toBe('w₁₂')
  })
})
