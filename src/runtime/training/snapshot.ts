import { noGrad, objective } from '../../core/index.ts'
import type { Sequential, Tensor } from '../../core/index.ts'
import type { Tweak } from '../../graph/graph-file.ts'
import { buildModel } from '../model-builder.ts'
import { objectiveOf } from '../objective.ts'
import type { TrainingSnapshot, TrainingStatus } from '../values.ts'
import type { TrainingSession } from './session.ts'

/** Sets a model's weights from one flat vector, in trainableWeights order. */
function setFlatWeights(model: Sequential, flat: readonly number[]): void {
  let offset = 0
  for (const w of model.trainableWeights) {
    if (offset + w.size > flat.length) throw new Error(`expected ${model.countParams()} weights, got ${flat.length}`)
    for (let i = 0; i < w.size; i++) w.data[i] = flat[offset + i]
    offset += w.size
  }
}

/** The full-data loss at arbitrary weights, on a private copy of the model. */
export function lossFunction(session: TrainingSession): (weights: readonly number[]) => number {
  let probe: Sequential | null = null
  const spec = objectiveOf(session.lossSpec)
  return (weights) => {
    probe ??= buildModel(session.modelSpec)
    setFlatWeights(probe, weights)
    const model = probe
    return noGrad(() => objective(model, spec, session.data.x, session.data.y).loss.item())
  }
}

export interface SnapshotParts {
  trainerId: string
  label: string
  runId: number
  status: TrainingStatus
  session: TrainingSession
  tweaks: readonly Tweak[]
  error: string | null
  lossAt: (weights: readonly number[]) => number
  /** Wall time the run has spent running so far. */
  runningMs: number
}

/**
 * A new snapshot object per emission (so the runtime sees a change); the growing arrays
 * are shared, not copied, so emitting stays cheap over thousands of steps.
 */
export function snapshot(p: SnapshotParts): TrainingSnapshot {
  const s = p.session
  return {
    trainerId: p.trainerId,
    label: p.label,
    runId: p.runId,
    status: p.status,
    epoch: s.epoch,
    step: s.step,
    epochs: s.config.epochs,
    stepsPerEpoch: s.stepsPerEpoch,
    history: s.history,
    notice: s.notice,
    metricKeys: s.metricKeys,
    steps: s.steps,
    trajectory: s.trajectory?.points ?? null,
    trajectoryEvery: s.trajectory?.every ?? 1,
    gradNorms: s.gradNorms,
    layerNames: s.layerNames,
    tweaks: p.tweaks,
    error: p.error,
    predict: (x: Tensor) => noGrad(() => s.model.call(x)),
    lossAt: p.lossAt,
    lossCost: s.data.x.shape[0] * s.model.countParams(),
    runningMs: p.runningMs,
  }
}
