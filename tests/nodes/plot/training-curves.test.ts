import { describe, expect, it } from 'vitest'
import type { Tweak } from '../../../src/graph/graph-file.ts'
import trainingCurves, { tweakLabel } from '../../../nodes/plot/training-curves.ts'
import { evaluate } from '../helpers/evaluate.ts'
import { fakeSnapshot } from '../helpers/snapshot.ts'

const tweak = (value: number, step: number, param = 'learningRate', node = 'adam'): Tweak => ({ node, param, value, trainer: 'fit', step })

const raw = fakeSnapshot({
  label: 'raw',
  history: [
    { epoch: 1, loss: 1.1, accuracy: 0.3 },
    { epoch: 2, loss: 0.9, accuracy: 0.5 },
    { epoch: 3, loss: 0.8, accuracy: 0.6 },
  ],
})
const standardized = fakeSnapshot({
  trainerId: 'fit2',
  label: 'standardized',
  history: [
    { epoch: 1, loss: 0.7, accuracy: 0.6, val_loss: 0.75, val_accuracy: 0.55 },
    { epoch: 2, loss: 0.3, accuracy: 0.9, val_loss: 0.4, val_accuracy: 0.85 },
  ],
})

async function chart(runs = [raw, standardized], metrics = 'loss,accuracy') {
  const { chart } = await evaluate(trainingCurves, { runs }, { metrics })
  if (chart.kind !== 'training-curves') throw new Error(`expected training curves, got ${chart.kind}`)
  return chart
}

describe('tweakLabel', () => {
  it('shows the previous value of the same node and param', () => {
    expect(tweakLabel(tweak(0.01, 50), [tweak(0.001, 10)])).toBe('lr 0.001 → 0.01')
  })

  it('shows the value the tweak recorded as replaced', () => {
    expect(tweakLabel({ ...tweak(0.01, 50), from: 0.001 }, [])).toBe('lr 0.001 → 0.01')
  })

  it('shows only the new value when no earlier tweak tells the old one', () => {
    expect(tweakLabel(tweak(0.01, 50), [])).toBe('lr → 0.01')
  })

  it('ignores earlier tweaks of other params and other nodes', () => {
    const earlier = [tweak(0.9, 5, 'beta1'), tweak(0.5, 6, 'learningRate', 'sgd')]
    expect(tweakLabel(tweak(0.01, 50), earlier)).toBe('lr → 0.01')
  })

  it('uses the latest of several earlier values and keeps other param names', () => {
    expect(tweakLabel(tweak(0.95, 30, 'beta1'), [tweak(0.8, 10, 'beta1'), tweak(0.9, 20, 'beta1')])).toBe('beta1 0.9 → 0.95')
  })
})

describe('plot/training-curves', () => {
  it('builds one panel per metric and one series per run', async () => {
    const c = await chart()
    expect(c.panels.map((p) => p.metric)).toEqual(['loss', 'accuracy'])
    expect(c.panels[0].series.map((s) => s.name)).toEqual(['raw', 'standardized', 'standardized (validation)'])
    expect(c.panels[0].series[0].y).toEqual([1.1, 0.9, 0.8])
  })

  it('numbers epochs from 1', async () => {
    const c = await chart()
    expect(c.panels[0].series[0].x).toEqual([1, 2, 3])
    expect(c.xLabel).toBe('Epoch')
  })

  it('adds validation curves to their metric’s panel', async () => {
    const c = await chart([standardized], 'accuracy')
    expect(c.panels).toHaveLength(1)
    expect(c.panels[0].series.map((s) => s.name)).toEqual(['standardized', 'standardized (validation)'])
    expect(c.panels[0].series[1].y).toEqual([0.55, 0.85])
  })

  it('leaves out metrics no run records', async () => {
    const c = await chart([raw], 'loss, accuracy, mae')
    expect(c.panels.map((p) => p.metric)).toEqual(['loss', 'accuracy'])
  })

  it('lays out every panel and series, empty, before the first epoch ends, so training only appends', async () => {
    const c = await chart([fakeSnapshot({ label: 'run', metricKeys: ['loss', 'accuracy'] })])
    expect(c.panels).toEqual([
      { metric: 'loss', yLabel: 'Loss', series: [{ name: 'run', x: [], y: [] }] },
      { metric: 'accuracy', yLabel: 'Accuracy', series: [{ name: 'run', x: [], y: [] }] },
    ])
  })

  it('keeps an empty loss panel for a run that records nothing yet', async () => {
    const c = await chart([fakeSnapshot({ metricKeys: [] })])
    expect(c.panels).toEqual([{ metric: 'loss', yLabel: 'Loss', series: [] }])
  })

  it('puts a marker at the fractional epoch of each tweak', async () => {
    const run = fakeSnapshot({ stepsPerEpoch: 4, tweaks: [tweak(0.01, 6), tweak(0.1, 10)] })
    const c = await chart([run])
    expect(c.markers).toEqual([
      { x: 1.5, label: 'lr → 0.01' },
      { x: 2.5, label: 'lr 0.01 → 0.1' },
    ])
  })

  it('names the run in markers when several runs are shown', async () => {
    const run = fakeSnapshot({ label: 'sgd', tweaks: [tweak(0.01, 5)] })
    const c = await chart([run, raw])
    expect(c.markers).toEqual([{ x: 1, label: 'sgd: lr → 0.01', series: 'sgd', short: 'lr → 0.01' }])
  })
})

describe('training curves of runs with callbacks', () => {
  const scheduled = fakeSnapshot({
    label: 'decay',
    stepsPerEpoch: 2,
    steps: [
      { step: 1, epoch: 0, loss: 1, learningRate: 0.1 },
      { step: 2, epoch: 0, loss: 0.9, learningRate: 0.05 },
      { step: 3, epoch: 1, loss: 0.8, learningRate: 0.025 },
    ],
    earlyStop: { stoppedEpoch: 7, bestEpoch: 2 },
  })

  it('draw each step’s learning rate at its fractional epoch when learning_rate is asked for', async () => {
    const panel = (await chart([scheduled], 'loss,learning_rate')).panels.find((p) => p.metric === 'learning_rate')
    expect(panel?.series).toEqual([{ name: 'decay', x: [0.5, 1, 1.5], y: [0.1, 0.05, 0.025] }])
  })

  it('mark where early stopping fired, naming the best epoch', async () => {
    expect((await chart([scheduled])).markers).toEqual([{ x: 7, label: 'early stop (best: epoch 2)' }])
  })
})
