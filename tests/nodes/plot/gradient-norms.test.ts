import { describe, expect, it } from 'vitest'
import gradientNorms, { layerNorms } from '../../../nodes/plot/gradient-norms.ts'
import { evaluate } from '../helpers/evaluate.ts'
import { fakeSnapshot } from '../helpers/snapshot.ts'

const steps = [
  [0.001, 0.01, 0.1],
  [0.003, 0.03, 0.3],
]
const sigmoid = fakeSnapshot({ label: 'Sigmoid', gradNorms: steps, layerNames: ['d1', 'd2', 'out'] })
const relu = fakeSnapshot({ trainerId: 'relu', label: 'ReLU', gradNorms: [[0.2, 0.1, 0.3]], layerNames: ['r1', 'r2', 'out'] })

describe('plot/gradient-norms', () => {
  it('averages, or picks the first or the latest step, per layer', () => {
    expect(layerNorms(steps, 'mean').map((v) => Number(v.toPrecision(6)))).toEqual([0.002, 0.02, 0.2])
    expect(layerNorms(steps, 'first')).toEqual([0.001, 0.01, 0.1])
    expect(layerNorms(steps, 'latest')).toEqual([0.003, 0.03, 0.3])
    expect(layerNorms([], 'mean')).toEqual([])
  })

  it('by-layer: one line per trainer, the norm against depth on a log axis', async () => {
    const { chart } = await evaluate(gradientNorms, { runs: [sigmoid, relu] }, { view: 'by-layer', statistic: 'first' })
    if (chart.kind !== 'line') throw new Error(`expected a line chart, got ${chart.kind}`)
    expect(chart.yScale).toBe('log')
    expect(chart.series.map((s) => s.name)).toEqual(['Sigmoid', 'ReLU'])
    expect(chart.series[0]).toMatchObject({ x: [1, 2, 3], y: [0.001, 0.01, 0.1] })
    expect(chart.xLabel).toContain('first step')
  })

  it('over-steps: one line per layer against the step, named by the run when there are several', async () => {
    const one = await evaluate(gradientNorms, { runs: [sigmoid] }, { view: 'over-steps' })
    if (one.chart.kind !== 'line') throw new Error(`expected a line chart, got ${one.chart.kind}`)
    expect(one.chart.series.map((s) => s.name)).toEqual(['layer 1', 'layer 2', 'layer 3'])
    expect(one.chart.series[2]).toMatchObject({ x: [1, 2], y: [0.1, 0.3] })
    expect(one.chart.xLabel).toBe('step')
    const two = await evaluate(gradientNorms, { runs: [sigmoid, relu] }, { view: 'over-steps', yScale: 'linear' })
    if (two.chart.kind !== 'line') throw new Error(`expected a line chart, got ${two.chart.kind}`)
    expect(two.chart.series.map((s) => s.name)).toEqual(['Sigmoid: layer 1', 'Sigmoid: layer 2', 'Sigmoid: layer 3', 'ReLU: layer 1', 'ReLU: layer 2', 'ReLU: layer 3'])
    expect(two.chart.yScale).toBe('linear')
  })

  it('draws empty lines before the first step', async () => {
    const idle = fakeSnapshot({ gradNorms: [], layerNames: ['d1', 'd2'] })
    const { chart } = await evaluate(gradientNorms, { runs: [idle] }, { view: 'over-steps' })
    if (chart.kind !== 'line') throw new Error(`expected a line chart, got ${chart.kind}`)
    expect(chart.series).toEqual([
      { name: 'layer 1', x: [], y: [] },
      { name: 'layer 2', x: [], y: [] },
    ])
  })

  it('asks for gradient norms to be recorded', async () => {
    await expect(evaluate(gradientNorms, { runs: [fakeSnapshot({ label: 'fit' })] })).rejects.toThrow("trainer fit does not record gradient norms: turn on 'record grad norms'")
  })
})
