import type { Tensor } from '../tensor.ts'
import { add } from '../ops/index.ts'
import { gradients } from '../autograd/backward.ts'
import { noGrad } from '../autograd/mode.ts'
import { check } from '../errors.ts'
import { formatShape } from '../shape.ts'
import type { Loss, LossName } from '../losses/index.ts'
import { getLoss } from '../losses/index.ts'
import type { Metric, MetricName } from '../metrics/index.ts'
import { getMetric } from '../metrics/index.ts'
import type { Optimizer, OptimizerName } from '../optimizers/index.ts'
import { getOptimizer } from '../optimizers/index.ts'
import type { Sequential } from './sequential.ts'

export interface CompileConfig {
  loss: LossName | Loss
  optimizer: OptimizerName | Optimizer
  metrics?: MetricName[]
}

export interface Compiled {
  loss: Loss
  optimizer: Optimizer
  metrics: { key: string; metric: Metric }[]
}

export function resolveCompile(config: CompileConfig): Compiled {
  const loss = getLoss(config.loss)
  return {
    loss,
    optimizer: getOptimizer(config.optimizer),
    metrics: (config.metrics ?? []).map((m) => getMetric(m, loss.name)),
  }
}

/** What one batch contributed: sums, so batches of different sizes average correctly. */
export interface BatchResult {
  /** The batch loss including regularization, as Keras reports it. */
  loss: number
  count: number
  metrics: Record<string, { total: number; count: number }>
}

export interface StepResult extends BatchResult {
  /** Gradients of the loss, one per trainable weight, in the model's order. */
  grads: Tensor[]
}

function checkBatch(x: Tensor, y: Tensor, where: string): void {
  check(x.shape[0] === y.shape[0], where, () => `x has ${x.shape[0]} rows but y has ${y.shape[0]} (x ${formatShape(x.shape)}, y ${formatShape(y.shape)})`)
}

function totalLoss(model: Sequential, compiled: Compiled, x: Tensor, y: Tensor): { pred: Tensor; loss: Tensor } {
  const pred = model.call(x)
  let loss = compiled.loss.compute(y, pred)
  for (const penalty of model.regularizationLosses()) loss = add(loss, penalty)
  return { pred, loss }
}

function scoreMetrics(compiled: Compiled, y: Tensor, pred: Tensor): BatchResult['metrics'] {
  const out: BatchResult['metrics'] = {}
  for (const { key, metric } of compiled.metrics) out[key] = metric.compute(y, pred)
  return out
}

/** One optimizer step on one batch (Keras' train_on_batch), reporting loss and metrics. */
export function trainStep(model: Sequential, compiled: Compiled, x: Tensor, y: Tensor): StepResult {
  checkBatch(x, y, 'fit')
  const { pred, loss } = totalLoss(model, compiled, x, y)
  const vars = model.trainableWeights
  const grads = gradients(loss, vars)
  compiled.optimizer.applyGradients(grads.map((g, i) => [g, vars[i]] as const))
  return { loss: loss.item(), count: x.shape[0], metrics: scoreMetrics(compiled, y, pred), grads }
}

/** Loss and metrics on one batch, without updating anything. */
export function testStep(model: Sequential, compiled: Compiled, x: Tensor, y: Tensor): BatchResult {
  checkBatch(x, y, 'evaluate')
  return noGrad(() => {
    const { pred, loss } = totalLoss(model, compiled, x, y)
    return { loss: loss.item(), count: x.shape[0], metrics: scoreMetrics(compiled, y, pred) }
  })
}

/** Running averages over an epoch: the loss weighted by batch size, metrics by count. */
export class EpochAverages {
  private lossSum = 0
  private samples = 0
  private readonly metricSums = new Map<string, { total: number; count: number }>()

  add(batch: BatchResult): void {
    this.lossSum += batch.loss * batch.count
    this.samples += batch.count
    for (const [key, m] of Object.entries(batch.metrics)) {
      const acc = this.metricSums.get(key) ?? { total: 0, count: 0 }
      acc.total += m.total
      acc.count += m.count
      this.metricSums.set(key, acc)
    }
  }

  result(prefix = ''): Record<string, number> {
    const out: Record<string, number> = { [`${prefix}loss`]: this.lossSum / this.samples }
    for (const [key, m] of this.metricSums) out[`${prefix}${key}`] = m.total / m.count
    return out
  }
}
