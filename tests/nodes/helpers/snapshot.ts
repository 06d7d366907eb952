import type { TrainingSnapshot } from '../../../src/runtime/values.ts'

/** A training snapshot with nothing recorded; tests override what they look at. */
export function fakeSnapshot(overrides: Partial<TrainingSnapshot> = {}): TrainingSnapshot {
  return {
    trainerId: 'fit',
    label: 'fit',
    runId: 1,
    status: 'running',
    epoch: 0,
    step: 0,
    epochs: 10,
    stepsPerEpoch: 5,
    history: [],
    steps: [],
    trajectory: null,
    gradNorms: null,
    layerNames: [],
    tweaks: [],
    error: null,
    predict: null,
    lossAt: null,
    ...overrides,
  }
}
