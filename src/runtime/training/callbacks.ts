import type { LoopOptions } from '../../core/index.ts'

export const SCHEDULES = ['none', 'step', 'exponential', 'cosine', 'plateau'] as const
export const MONITORS = ['val_loss', 'loss', 'val_accuracy', 'accuracy'] as const

/** A trainer's callback settings, as its params hold them. */
export interface CallbackSettings {
  readonly schedule: (typeof SCHEDULES)[number]
  readonly decaySteps: number
  readonly decayRate: number
  readonly warmupSteps: number
  readonly alpha: number
  readonly plateauFactor: number
  readonly plateauPatience: number
  readonly minLearningRate: number
  readonly cooldown: number
  readonly earlyStopping: boolean
  readonly monitor: (typeof MONITORS)[number]
  readonly patience: number
  readonly minDelta: number
  readonly restoreBestWeights: boolean
}

/** Keras' default least improvement for ReduceLROnPlateau. */
const PLATEAU_MIN_DELTA = 1e-4

/** The core loop's callbacks for a trainer's settings: none of them unless asked for. */
export function loopCallbacks(s: CallbackSettings): Pick<LoopOptions, 'schedule' | 'plateau' | 'earlyStopping'> {
  const schedule =
    s.schedule === 'step' || s.schedule === 'exponential'
      ? { kind: s.schedule, decaySteps: s.decaySteps, decayRate: s.decayRate }
      : s.schedule === 'cosine'
        ? { kind: s.schedule, decaySteps: s.decaySteps, alpha: s.alpha, warmupSteps: s.warmupSteps, warmupFrom: 0 }
        : null
  const plateau =
    s.schedule === 'plateau'
      ? { monitor: s.monitor, factor: s.plateauFactor, patience: s.plateauPatience, minDelta: PLATEAU_MIN_DELTA, cooldown: s.cooldown, minLr: s.minLearningRate }
      : null
  const earlyStopping = s.earlyStopping ? { monitor: s.monitor, patience: s.patience, minDelta: s.minDelta, restoreBestWeights: s.restoreBestWeights } : null
  return { schedule, plateau, earlyStopping }
}
