import { tweakStartValues, tweakSteps, tweaksDue } from '../../runtime/training/tweak-replay.ts'
import type { TrainerPlan } from '../plan/trainer-plan.ts'
import { pyString, pyValue } from '../python/literals.ts'

/** Keras' name of a hyperparameter: Flowgrad's camelCase split at capitals and digits (beta1 → beta_1). */
export function kerasName(param: string): string {
  return param.replace(/([a-z])([A-Z])/g, '$1_$2').replace(/([a-z])(\d)/g, '$1_$2').toLowerCase()
}

/** The optimizer's hyperparameters at step 0, by Keras' names: a replayed run starts from the values before its first tweak. */
export function startHypers(plan: TrainerPlan): Array<readonly [string, number | boolean]> {
  const config: Record<string, number | boolean> = { ...plan.optimizer.config }
  for (const { param, value } of tweakStartValues(plan.tweaks, plan.optimizerSource)) config[param] = value
  return Object.entries(config).map(([k, v]) => [kerasName(k), v] as const)
}

/** The recorded live changes as a Python dict: completed steps → [(hyperparameter, value)], applied before the next step. */
export function tweaksLiteral(plan: TrainerPlan): string {
  const steps = tweakSteps(plan.tweaks)
  const entries = steps.flatMap((step) => {
    const changes = tweaksDue(plan.tweaks, plan.optimizerSource, step)
    return changes.length === 0 ? [] : [`${step}: [${changes.map((c) => `(${pyString(kerasName(c.param))}, ${pyValue(c.value)})`).join(', ')}]`]
  })
  return `{${entries.join(', ')}}`
}
