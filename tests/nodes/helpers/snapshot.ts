import type { TrainingSnapshot } from '../../../src/runtime/values.ts'

/** A training snapshot with nothing recorded; tests override what they look at. */
export function fakeSnapshot(overrides: Partial<TrainingSnapshot> = {}): TrainingSnapshot {
  // By default the run records what its history shows (or loss and accuracy before any epoch).
  const first = overrides.history?.[0]
  const metricKeys = first ? Object.keys(first).filter((k) => k !== 'epoch') : ['loss', 'accuracy']
  return {
    metricKeys,
    trainerId: 'fit',
    label: 'fit',
    runId: 1,
    status: 'running',
    epoch: 0,
    step: 0,
    epochs: 10,
    stepsPerEpoch: 5,
    epochEnds: [],
    history: [],
    steps: [],
    earlyStop: null,
    trajectory: null,
    trajectoryEvery: 1,
    gradNorms: null,
    layerNames: [],
    tweaks: [],
    earlier: [],
    error: null,
    notice: null,
    predict: null,
    lossAt: null,
    lossCost: 1,
    runningMs: 0,
    ...overrides,
  }
}
