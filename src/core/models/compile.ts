import type { Loss, LossName } from '../losses/index.ts'
import { getLoss } from '../losses/index.ts'
import type { MetricName, NamedMetric } from '../metrics/index.ts'
import { getMetric } from '../metrics/index.ts'
import type { Optimizer, OptimizerName } from '../optimizers/index.ts'
import { getOptimizer } from '../optimizers/index.ts'

export interface CompileConfig {
  loss: LossName | Loss
  optimizer: OptimizerName | Optimizer
  metrics?: MetricName[]
}

export interface Compiled {
  readonly loss: Loss
  readonly optimizer: Optimizer
  readonly metrics: readonly NamedMetric[]
}

export function resolveCompile(config: CompileConfig): Compiled {
  const loss = getLoss(config.loss)
  return {
    loss,
    optimizer: getOptimizer(config.optimizer),
    metrics: (config.metrics ?? []).map((m) => getMetric(m, loss.name)),
  }
}
