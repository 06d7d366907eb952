import { noGrad, objective } from '../../core/index.ts'
import type { Sequential, Tensor } from '../../core/index.ts'
import { buildModel } from '../model-builder.ts'
import { objectiveOf } from '../objective.ts'
import type { TrainingSnapshot } from '../values.ts'
import type { TrainingSession } from './session.ts'
import type { RunState } from './run-state.ts'

/** Sets a model's weights from one flat vector, in trainableWeights order. */
function setFlatWeights(model: Sequential, flat: readonly number[]): void {
  let offset = 0
  for (const w of model.trainableWeights) {
    if (offset + w.size > flat.length) throw new Error(`expected ${model.trainableWeights.reduce((n, t) => n + t.size, 0)} weights, got ${flat.length}`)
    for (let i = 0; i < w.size; i++) w.data[i] = flat[offset + i]
    offset += w.size
  }
}

/**
 * The full-data loss at arbitrary weights, on a private copy of the model. The weights are
 * the trainable ones; what training does not differentiate (batch norm's moving statistics)
 * is taken from the session's model as it is now.
 */
export function lossFunction(session: TrainingSession): (weights: readonly number[]) => number {
  let probe: Sequential | null = null
  const spec = objectiveOf(session.lossSpec)
  return (weights) => {
    probe ??= buildModel(session.modelSpec)
    setFlatWeights(probe, weights)
    const fixed = session.model.layers.flatMap((l) => l.nonTrainableWeights)
    probe.layers.flatMap((l) => l.nonTrainableWeights).forEach((w, i) => w.data.set(fixed[i].data))
    const model = probe
    return noGrad(() => objective(model, spec, session.data.x, session.data.y).loss.item())
  }
}

export interface SnapshotParts {
  trainerId: string
  label: string
  run: RunState
  lossAt: (weights: readonly number[]) => number
  now: number
}

/**
 * A new snapshot object per emission (so the runtime sees a change); the growing arrays
 * are shared, not copied, so emitting stays cheap over thousands of steps.
 */
export function snapshot(p: SnapshotParts): TrainingSnapshot {
  const { run } = p
  const s = run.session
  return {
    trainerId: p.trainerId,
    label: p.label,
    runId: run.runId,
    status: run.status,
    epoch: s.epoch,
    step: s.step,
    epochs: s.config.epochs,
    stepsPerEpoch: s.stepsPerEpoch,
    epochEnds: s.epochEnds,
    history: s.history,
    notice: s.notice,
    metricKeys: s.metricKeys,
    steps: s.steps,
    earlyStop: s.earlyStop,
    trajectory: s.trajectory?.points ?? null,
    trajectoryEvery: s.trajectory?.every ?? 1,
    gradNorms: s.gradNorms,
    layerNames: s.layerNames,
    tweaks: run.tweaks,
    earlier: run.earlier,
    error: run.error,
    predict: (x: Tensor) => noGrad(() => s.model.call(x)),
    lossAt: p.lossAt,
    lossCost: s.data.x.shape[0] * s.model.countParams(),
    // Wall time the run has spent running so far.
    runningMs: run.clock.elapsedMs(p.now),
  }
}
