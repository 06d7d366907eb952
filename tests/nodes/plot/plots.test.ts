import { describe, expect, it } from 'vitest'
import { matmul, sigmoid, tensor } from '../../../src/core/index.ts'
import type { Tensor } from '../../../src/core/index.ts'
import type { TableData } from '../../../src/charts/data.ts'
import logistic2d from '../../../nodes/data/logistic-2d.ts'
import iris from '../../../nodes/data/iris.ts'
import decisionBoundary from '../../../nodes/plot/decision-boundary.ts'
import line from '../../../nodes/plot/line.ts'
import table from '../../../nodes/plot/table.ts'
import { evaluate } from '../helpers/evaluate.ts'
import { fakeSnapshot } from '../helpers/snapshot.ts'

describe('plot/decision-boundary', () => {
  const score = (x: Tensor) => matmul(x, tensor([[2], [0]], undefined, { dtype: x.dtype }))

  it('predicts on a resolution × resolution grid covering the data with a 10% margin', async () => {
    const { dataset } = await evaluate(logistic2d, {})
    const { chart } = await evaluate(decisionBoundary, { run: fakeSnapshot({ predict: score }), data: dataset }, { resolution: 30 })
    if (chart.kind !== 'decision-boundary') throw new Error(`expected a decision boundary, got ${chart.kind}`)
    expect(chart.grid.x).toHaveLength(30)
    expect(chart.grid.y).toHaveLength(30)
    expect(chart.grid.z).toHaveLength(30)
    expect(chart.grid.z.every((row) => row.length === 30)).toBe(true)
    const xs = Array.from({ length: 20 }, (_, r) => dataset.x.data[2 * r])
    const span = Math.max(...xs) - Math.min(...xs)
    expect(chart.grid.x[0]).toBeCloseTo(Math.min(...xs) - 0.1 * span, 12)
  })

  it('maps ±1 labels to classes 0 and 1 and a ±1 model’s score to a probability', async () => {
    const { dataset } = await evaluate(logistic2d, {})
    const { chart } = await evaluate(decisionBoundary, { run: fakeSnapshot({ predict: score }), data: dataset })
    if (chart.kind !== 'decision-boundary') throw new Error(`expected a decision boundary, got ${chart.kind}`)
    chart.points.forEach((p, r) => expect(p.label).toBe(dataset.y.data[r] > 0 ? 1 : 0))
    expect(chart.classes).toEqual(['−1', '+1'])
    const value = chart.grid.z[0][0]
    expect(value).toBeCloseTo(1 / (1 + Math.exp(-2 * chart.grid.x[0])), 6)
  })

  it('shows the predicted class when the model has more than two outputs', async () => {
    const { dataset: full } = await evaluate(iris, {})
    const data = { ...full, x: tensor(Array.from({ length: 150 }, (_, r) => [full.x.data[4 * r + 2], full.x.data[4 * r + 3]])), featureNames: ['petal length', 'petal width'] }
    const predict = (x: Tensor) => sigmoid(matmul(x, tensor([[1, 0, -1], [0, 1, 1]])))
    const { chart } = await evaluate(decisionBoundary, { run: fakeSnapshot({ predict }), data }, { resolution: 10 })
    if (chart.kind !== 'decision-boundary') throw new Error(`expected a decision boundary, got ${chart.kind}`)
    chart.grid.z.flat().forEach((v) => expect([0, 1, 2]).toContain(v))
    expect(chart.classes).toEqual(['setosa', 'versicolor', 'virginica'])
  })

  it('refuses data without exactly two features', async () => {
    const { dataset } = await evaluate(iris, {})
    await expect(evaluate(decisionBoundary, { run: fakeSnapshot({ predict: score }), data: dataset })).rejects.toThrow('the data need exactly 2 features, got 4')
  })
})

describe('plot/line', () => {
  const x = tensor([0, 1, 2, 3])

  it('draws one series per connected y, named y1, y2…', async () => {
    const { chart } = await evaluate(line, { x, y: [tensor([0, 1, 4, 9]), tensor([0, 2, 4, 6])] })
    if (chart.kind !== 'line') throw new Error(`expected a line chart, got ${chart.kind}`)
    expect(chart.series.map((s) => s.name)).toEqual(['y1', 'y2'])
    expect(chart.series[0]).toEqual({ name: 'y1', x: [0, 1, 2, 3], y: [0, 1, 4, 9] })
  })

  it('names series from the names param', async () => {
    const { chart } = await evaluate(line, { x, y: [tensor([0, 1, 4, 9]), tensor([0, 2, 4, 6])] }, { names: "tanh, tanh'" })
    if (chart.kind !== 'line') throw new Error(`expected a line chart, got ${chart.kind}`)
    expect(chart.series.map((s) => s.name)).toEqual(['tanh', "tanh'"])
  })

  it('draws one series per column of a matrix with one row per x', async () => {
    const { chart } = await evaluate(line, { x, y: [tensor([[0, 1], [1, 2], [2, 3], [3, 4]])] })
    if (chart.kind !== 'line') throw new Error(`expected a line chart, got ${chart.kind}`)
    expect(chart.series.map((s) => s.name)).toEqual(['y1[0]', 'y1[1]'])
    expect(chart.series[1].y).toEqual([1, 2, 3, 4])
  })

  it('fixes the y range only when asked', async () => {
    const free = await evaluate(line, { x, y: [x] })
    const fixed = await evaluate(line, { x, y: [x] }, { fixYRange: true })
    if (free.chart.kind !== 'line' || fixed.chart.kind !== 'line') throw new Error('expected line charts')
    expect(free.chart.yRange).toBeUndefined()
    expect(fixed.chart.yRange).toEqual([-0.1, 1.1])
  })

  it('names a curve whose length does not match x', async () => {
    await expect(evaluate(line, { x, y: [x, tensor([1, 2, 3])] })).rejects.toThrow('y2 has shape [3] (3 values) but x has 4 values')
  })
})

describe('plot/table', () => {
  it('passes the table through as a table chart', async () => {
    const data: TableData = { title: 'Model', columns: ['layer', 'params'], rows: [['dense', 220]], footer: ['Total params: 220'] }
    const { chart } = await evaluate(table, { table: data })
    expect(chart).toEqual({ kind: 'table', table: data })
  })
})
