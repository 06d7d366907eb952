import { describe, expect, it } from 'vitest'
import { trainingCurves } from '../../../nodes/plot/training-curves.ts'
import { fakeSnapshot } from '../helpers/snapshot.ts'

const epochs = (losses: number[]) => losses.map((loss, i) => ({ epoch: i + 1, loss }))

describe('the curves tell the story of a run’s changes', () => {
  it('marks each change with its label at the epoch it took effect, epochs of different lengths counted as they ran', () => {
    // Two epochs of 5 steps, then the batch size made them 15 steps long.
    const run = fakeSnapshot({
      history: epochs([1, 0.5, 0.4]),
      stepsPerEpoch: 15,
      epochEnds: [5, 10, 25],
      tweaks: [
        { node: 'fit', param: 'batchSize', from: 30, value: 10, label: 'batch 30 → 10', trainer: 'fit', step: 10 },
        { node: 'fit', input: 'optimizer', from: 'adam.optimizer', value: 'sgd.optimizer', label: 'Adam → SGD', trainer: 'fit', step: 16 },
      ],
    })
    expect(trainingCurves([run], 'loss', 'Curves').markers).toEqual([
      { x: 2, label: 'batch 30 → 10' },
      { x: 2.4, label: 'Adam → SGD' },
    ])
  })

  it('draws a run that a change restarted as an earlier segment, the new run after it, with the reason marked', () => {
    const run = fakeSnapshot({
      history: epochs([0.9, 0.7]),
      earlier: [{ history: epochs([1, 0.8, 0.6]), reason: "3 → 4 input features: the first layer's weights cannot carry over; restarted" }],
    })
    const chart = trainingCurves([run], 'loss', 'Curves')
    expect(chart.panels[0].series.map((s) => [s.name, s.x])).toEqual([
      ['fit (run 1)', [1, 2, 3]],
      ['fit (run 2)', [4, 5]],
    ])
    expect(chart.markers).toEqual([{ x: 3, label: 'restarted: 3 → 4 input features' }])
  })
})
