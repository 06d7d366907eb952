import type { GraphNode } from '../../graph/graph-file.ts'
import type { CallbackSettings } from '../../runtime/training/callbacks.ts'
import { MONITORS, SCHEDULES } from '../../runtime/training/callbacks.ts'

type Params = GraphNode['params']

function oneOf<T extends string>(options: readonly T[], value: unknown): T {
  return options.find((o) => o === value) ?? options[0]
}

/** A trainer node's callback settings from its params (loading filled in their defaults and checked them). */
export function callbackSettings(p: Params): CallbackSettings {
  return {
    schedule: oneOf(SCHEDULES, p.schedule),
    decaySteps: Number(p.decaySteps),
    decayRate: Number(p.decayRate),
    warmupSteps: Number(p.warmupSteps),
    alpha: Number(p.alpha),
    plateauFactor: Number(p.plateauFactor),
    plateauPatience: Number(p.plateauPatience),
    minLearningRate: Number(p.minLearningRate),
    cooldown: Number(p.cooldown),
    earlyStopping: p.earlyStopping === true,
    monitor: oneOf(MONITORS, p.monitor),
    patience: Number(p.patience),
    minDelta: Number(p.minDelta),
    restoreBestWeights: p.restoreBestWeights === true,
  }
}
