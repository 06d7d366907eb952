import { describe, expect, it } from 'vitest'
import { mappingText } from '../../../src/editor/worker/views.ts'
import { RateMeter, failedProgress, progressView } from '../../../src/editor/worker/progress.ts'
import csv from '../../../nodes/data/csv.ts'
import { fakeSnapshot } from '../../nodes/helpers/snapshot.ts'
import { evaluate } from '../../nodes/helpers/evaluate.ts'

const steps = [
  { step: 1, epoch: 0, loss: 9 },
  { step: 2, epoch: 1, loss: 0.5 },
]

describe('progressView', () => {
  it('shows the last epoch’s loss, the number the training curves draw', () => {
    const view = progressView(fakeSnapshot({ epoch: 1, step: 2, steps, history: [{ epoch: 1, loss: 4.6 }] }), 10)
    expect(view).toMatchObject({ epoch: 1, step: 2, loss: 4.6, stepsPerSecond: 10 })
  })

  it('shows the last step’s loss while the first epoch runs', () => {
    expect(progressView(fakeSnapshot({ step: 1, steps: steps.slice(0, 1) }), 0).loss).toBe(9)
  })

  it('shows no loss before the first step', () => {
    expect(progressView(fakeSnapshot(), 0).loss).toBeNull()
  })
})

describe('mappingText', () => {
  it("shows a CSV node's text labels with their indices on the node", async () => {
    const { classes } = await evaluate(csv, {}, { text: 'a,label\n1,dog\n2,cat\n3,bird\n' })
    expect(mappingText(classes)).toBe('bird→0, cat→1, dog→2')
  })

  it('shortens a long mapping to its first eight pairs and the count', () => {
    const rows = Array.from({ length: 12 }, (_, k) => [`c${k}`, k])
    expect(mappingText({ title: '', columns: ['label', 'index'], rows, footer: [] })).toBe('c0→0, c1→1, c2→2, c3→3, c4→4, c5→5, c6→6, c7→7, … (12 in all)')
  })

  it('cuts a long label to 20 characters', () => {
    expect(mappingText({ title: '', columns: ['label', 'index'], rows: [['x'.repeat(40), 0]], footer: [] })).toBe(`${'x'.repeat(19)}…→0`)
  })

  it('gives a table of more than two columns no one-line form', () => {
    expect(mappingText({ title: '', columns: ['feature', 'mean', 'std'], rows: [['a', 0, 1]], footer: [] })).toBeNull()
  })
})

describe('the steps-per-second meter', () => {
  it('measures the last second while a run trains', () => {
    const meter = new RateMeter()
    meter.rate(0, 0)
    expect(meter.rate(50, 500)).toBe(100)
  })

  it('shows a finished run’s average speed over the time it ran, not 0', () => {
    expect(progressView(fakeSnapshot({ status: 'done', step: 300, runningMs: 2000 }), 0).stepsPerSecond).toBe(150)
  })
})

describe('a trainer that cannot run', () => {
  it('shows as stopped with the reason, not with the last run’s numbers', () => {
    const view = failedProgress('fit', 'fit', { status: 'blocked', error: 'waiting for "csv", which has a problem', evaluations: 1 }, 100)
    expect(view).toMatchObject({ status: 'error', epoch: 0, loss: null, stepsPerSecond: 0, error: 'waiting for "csv", which has a problem' })
  })
})
