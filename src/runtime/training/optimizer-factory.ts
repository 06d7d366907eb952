import { createOptimizer as createCoreOptimizer, isLiveHyperparameter, readOptimizerConfig } from '../../core/index.ts'
import type { Optimizer, OptimizerName } from '../../core/index.ts'
import type { OptimizerSpec } from '../values.ts'

/** The core optimizer an Optimizer node describes; its config is checked against the optimizer's description. */
export function createOptimizer(spec: OptimizerSpec): Optimizer {
  return createCoreOptimizer(spec.kind, readOptimizerConfig(spec.kind, spec.config))
}

/** Whether a hyperparameter can change between two steps while the optimizer keeps its state. */
export function isLiveSettable(kind: OptimizerName, key: string): boolean {
  return isLiveHyperparameter(kind, key)
}

/** Sets one hyperparameter on a running optimizer; unknown, non-live or bad values throw, naming the optimizer. */
export function setHyperparameter(optimizer: Optimizer, key: string, value: number | boolean): void {
  optimizer.set(key, value)
}
