import { check } from '../errors.ts'
import { cos } from '../math.ts'

/**
 * Keras' learning-rate schedules, as functions of the step (the optimizer's update count,
 * 0 for the first update) and a base rate. The base is the optimizer's learning rate, so
 * a live change of it rescales the whole schedule from the next step on.
 *
 * - step: Keras' ExponentialDecay with staircase=True — base · rate^⌊step / decaySteps⌋
 * - exponential: ExponentialDecay — base · rate^(step / decaySteps)
 * - cosine: CosineDecay — a linear warm-up from `warmupFrom` to base over warmupSteps, then
 *   base · ((1 − α) · ½(1 + cos(π·s / decaySteps)) + α), s counted after the warm-up and
 *   held at decaySteps
 */
export type LearningRateSchedule =
  | { readonly kind: 'step'; readonly decaySteps: number; readonly decayRate: number }
  | { readonly kind: 'exponential'; readonly decaySteps: number; readonly decayRate: number }
  | { readonly kind: 'cosine'; readonly decaySteps: number; readonly alpha: number; readonly warmupSteps: number; readonly warmupFrom: number }

export function checkSchedule(s: LearningRateSchedule): void {
  const where = `${s.kind} learning-rate schedule`
  check(Number.isInteger(s.decaySteps) && s.decaySteps > 0, where, () => `decaySteps must be a whole number above 0, got ${s.decaySteps}`)
  if (s.kind === 'cosine') {
    check(Number.isFinite(s.alpha) && s.alpha >= 0 && s.alpha <= 1, where, () => `alpha must be in [0, 1], got ${s.alpha}`)
    check(Number.isInteger(s.warmupSteps) && s.warmupSteps >= 0, where, () => `warmupSteps must be a whole number ≥ 0, got ${s.warmupSteps}`)
    check(Number.isFinite(s.warmupFrom) && s.warmupFrom >= 0, where, () => `warmupFrom must be a number ≥ 0, got ${s.warmupFrom}`)
  } else check(Number.isFinite(s.decayRate) && s.decayRate > 0, where, () => `decayRate must be a number above 0, got ${s.decayRate}`)
}

/** The learning rate of update `step` (0-based) under a schedule, from the base rate. */
export function scheduledRate(s: LearningRateSchedule, step: number, base: number): number {
  switch (s.kind) {
    case 'step':
      return base * s.decayRate ** Math.floor(step / s.decaySteps)
    case 'exponential':
      return base * s.decayRate ** (step / s.decaySteps)
    case 'cosine': {
      const at = Math.min(step, s.decaySteps + s.warmupSteps)
      if (at < s.warmupSteps) return (base - s.warmupFrom) * (at / s.warmupSteps) + s.warmupFrom
      const cosine = 0.5 * (1 + cos((Math.PI * (at - s.warmupSteps)) / s.decaySteps))
      return base * ((1 - s.alpha) * cosine + s.alpha)
    }
  }
}
