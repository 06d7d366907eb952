import { describe, expect, it } from 'vitest'
import { progressView } from '../../../src/editor/worker/views.ts'
import { fakeSnapshot } from '../../nodes/helpers/snapshot.ts'

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
