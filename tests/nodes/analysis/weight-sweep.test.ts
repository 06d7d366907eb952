import { describe, expect, it } from 'vitest'
import { tensor } from '../../../src/core/index.ts'
import type { Dataset, LossSpec, ModelSpec } from '../../../src/runtime/values.ts'
import random from '../../../nodes/data/random.ts'
import weightSweep from '../../../nodes/analysis/weight-sweep.ts'
import landscape from '../../../nodes/analysis/landscape-2d.ts'
import { loadReference } from '../../helpers/reference.ts'
import { evaluate } from '../helpers/evaluate.ts'

interface Nonconvex {
  w0: number[]
  losses_per_sample_mse: number[]
}

const ref = loadReference<Nonconvex>('chapter-nonconvex.json')

/** The chapter's 6 → 20 → 1 sigmoid network, its weights drawn from np.random.seed(0) after X = randn(150, 6). */
const chapterModel: ModelSpec = {
  inputNodeId: 'input',
  inputShape: [6],
  data: null,
  layers: [
    { nodeId: 'hidden', kind: 'dense', config: { units: 20, activation: 'sigmoid', kernelInitializer: 'standardNormal', biasInitializer: 'standardNormal' } },
    { nodeId: 'out', kind: 'dense', config: { units: 1, activation: 'sigmoid', kernelInitializer: 'standardNormal', biasInitializer: 'standardNormal' } },
  ],
  init: { generator: 'numpy-legacy', seed: 0, skipNormals: 150 * 6 },
}

const chapterLoss: LossSpec = { nodeId: 'mse', kind: 'mse', reduction: 'mean', fromLogits: false, l2: 1e-4, l2PerEpoch: false }

async function chapterData(dtype: 'float32' | 'float64'): Promise<Dataset> {
  const { tensor: x } = await evaluate(random, {}, { generator: 'numpy-legacy', distribution: 'normal', seed: 0, shape: [150, 6] })
  const labels = Array.from({ length: 150 }, (_, i) => (i < 75 ? 0 : 1))
  return {
    name: 'chapter',
    x: tensor(x.data, [150, 6], { dtype }),
    y: tensor(labels, [150, 1], { dtype }),
    featureNames: ['x0', 'x1', 'x2', 'x3', 'x4', 'x5'],
    targetNames: ['y'],
    classes: ['0', '1'],
    encoding: 'binary',
  }
}

const sweep = async (data: Dataset) => evaluate(weightSweep, { model: chapterModel, data, loss: chapterLoss }, { layer: 0, row: 3, column: 9, from: -5, to: 5, points: 100 })

function maxError(actual: ArrayLike<number>, expected: readonly number[]): number {
  return expected.reduce((m, v, i) => Math.max(m, Math.abs(actual[i] - v)), 0)
}

function localMinima(values: ArrayLike<number>): number {
  let count = 0
  for (let i = 1; i < values.length - 1; i++) if (values[i] < values[i - 1] && values[i] < values[i + 1]) count++
  return count
}

describe('analysis/weight-sweep', () => {
  it("reproduces the chapter's per-sample MSE curve to 1e-5 with float64 data", async () => {
    const { losses } = await sweep(await chapterData('float64'))
    expect(losses.shape).toEqual([100])
    expect(maxError(losses.data, ref.losses_per_sample_mse)).toBeLessThan(1e-5)
  })

  it("reproduces the chapter's curve to 1e-5 with float32 data too", async () => {
    const { losses } = await sweep(await chapterData('float32'))
    expect(maxError(losses.data, ref.losses_per_sample_mse)).toBeLessThan(1e-5)
  })

  it('finds the two local minima of the non-convex curve', async () => {
    const { losses } = await sweep(await chapterData('float64'))
    expect(localMinima(losses.data)).toBe(2)
  })

  it('draws one line of loss against the weight value', async () => {
    const { curve } = await sweep(await chapterData('float64'))
    if (curve.kind !== 'line') throw new Error(`expected a line chart, got ${curve.kind}`)
    expect(curve.series).toHaveLength(1)
    expect(curve.series[0].x[0]).toBe(-5)
    expect(curve.series[0].x[99]).toBe(5)
    expect(maxError(curve.series[0].x, ref.w0)).toBeLessThan(1e-12)
    expect(curve.xLabel).toBe('hidden W[3, 9]')
  })

  it('uses the data the model chain starts from when no data is connected', async () => {
    const data = await chapterData('float64')
    const { losses } = await evaluate(weightSweep, { model: { ...chapterModel, data }, data: undefined, loss: chapterLoss }, { row: 3, column: 9 })
    expect(maxError(losses.data, ref.losses_per_sample_mse)).toBeLessThan(1e-5)
  })

  it('refuses data whose feature count does not match the model input', async () => {
    const data = await chapterData('float64')
    const narrow = { ...data, x: tensor(new Float64Array(150 * 4), [150, 4]) }
    await expect(evaluate(weightSweep, { model: chapterModel, data: narrow, loss: chapterLoss })).rejects.toThrow("the data have 4 features but the model's input expects 6")
  })
})

describe('analysis/landscape-2d', () => {
  it('computes a resolution × resolution grid whose row through B’s initial value is the one-weight sweep', async () => {
    const data = await chapterData('float64')
    const { chart, grid } = await evaluate(landscape, { model: chapterModel, data, loss: chapterLoss }, { layerA: 0, rowA: 3, columnA: 9, layerB: 1, rowB: 0, columnB: 0, resolution: 7 })
    expect(grid.shape).toEqual([7, 7])
    if (chart.kind !== 'landscape') throw new Error(`expected a landscape chart, got ${chart.kind}`)
    expect(chart.grid.z).toHaveLength(7)
    expect(chart.grid.z[0]).toHaveLength(7)
    expect(chart.grid.z[2][5]).toBe(grid.data[2 * 7 + 5])
    const { losses } = await evaluate(weightSweep, { model: chapterModel, data, loss: chapterLoss }, { row: 3, column: 9, points: 7 })
    // With B swept too, each column varies along y; the sweep along A alone lies between rows.
    expect(Math.min(...Array.from(grid.data))).toBeLessThanOrEqual(Math.min(...Array.from(losses.data)) + 1e-3)
  })

  it('refuses the same weight for A and B', async () => {
    const data = await chapterData('float64')
    await expect(evaluate(landscape, { model: chapterModel, data, loss: chapterLoss }, { columnA: 1, columnB: 1 })).rejects.toThrow('weights A and B are the same weight (hidden W[0, 1])')
  })

  it('names which weight is out of range', async () => {
    const data = await chapterData('float64')
    await expect(evaluate(landscape, { model: chapterModel, data, loss: chapterLoss }, { rowB: 9 })).rejects.toThrow('weight B: row 9 is out of range')
  })
})
