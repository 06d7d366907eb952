import { noGrad, tensor } from '../../core/index.ts'
import { TrainingSession } from '../../runtime/training/session.ts'
import { setHyperparameter } from '../../runtime/training/optimizer-factory.ts'
import { tweakStartValues, tweaksDue } from '../../runtime/training/tweak-replay.ts'
import { ExportError } from '../plan/collect.ts'
import type { TrainerPlan } from '../plan/trainer-plan.ts'

/** Trains a trainer to its end as `flowgrad run` does: the same session, the file's tweaks replayed at their steps. */
export function trainToEnd(plan: TrainerPlan): TrainingSession {
  const session = new TrainingSession(plan.data.value, plan.validation?.value ?? null, plan.model, plan.loss, plan.optimizer, plan.config)
  for (const c of tweakStartValues(plan.tweaks, plan.optimizerSource)) setHyperparameter(session.optimizer, c.param, c.value)
  while (!session.done) {
    for (const c of tweaksDue(plan.tweaks, plan.optimizerSource, session.step)) setHyperparameter(session.optimizer, c.param, c.value)
    const { step, divergence } = session.runStep()
    if (divergence) throw new ExportError([`node "${plan.id}": diverged at step ${step} (${divergence}): there are no trained weights to export`])
  }
  return session
}

/** The first rows of the training data as the model sees them, and the trained model's predictions on them. */
export function checkRows(session: TrainingSession, count = 16): { input: number[][]; output: number[][] } {
  const [rows, features] = session.data.x.shape
  const n = Math.min(count, rows)
  const input = Array.from({ length: n }, (_, r) => Array.from(session.data.x.data.subarray(r * features, (r + 1) * features)))
  const pred = noGrad(() => session.model.call(tensor(input.flat(), [n, features])))
  const outputs = pred.shape[1]
  const output = Array.from({ length: n }, (_, r) => Array.from(pred.data.subarray(r * outputs, (r + 1) * outputs)))
  return { input, output }
}
