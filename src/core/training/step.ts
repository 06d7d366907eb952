import type { Tensor } from '../tensor.ts'
import { gradients } from '../autograd/backward.ts'
import { noGrad } from '../autograd/mode.ts'
import { check } from '../errors.ts'
import { formatShape } from '../shape.ts'
import { gatherRows } from '../ops/shape.ts'
import type { NamedMetric } from '../metrics/index.ts'
import type { Optimizer } from '../optimizers/index.ts'
import type { Sequential } from '../models/sequential.ts'
import { rowRange } from '../data/batches.ts'
import type { ObjectiveSpec } from './objective.ts'
import { objective } from './objective.ts'
import { EpochAverages } from './epoch-averages.ts'
import type { BatchResult } from './epoch-averages.ts'

/** Everything a training step needs: the model, what it minimizes, how, and what it reports. */
export interface TrainSetup {
  readonly model: Sequential
  readonly objective: ObjectiveSpec
  readonly optimizer: Optimizer
  readonly metrics: readonly NamedMetric[]
}

export interface StepResult extends BatchResult {
  /** Gradients of the loss, one per trainable weight, in the model's order. */
  readonly grads: Tensor[]
}

function checkBatch(x: Tensor, y: Tensor, where: string): void {
  check(x.shape[0] === y.shape[0], where, () => `x has ${x.shape[0]} rows but y has ${y.shape[0]} (x ${formatShape(x.shape)}, y ${formatShape(y.shape)})`)
}

function scoreMetrics(metrics: readonly NamedMetric[], y: Tensor, pred: Tensor): BatchResult['metrics'] {
  const out: Record<string, { total: number; count: number }> = {}
  for (const { key, metric } of metrics) out[key] = metric.compute(y, pred)
  return out
}

/**
 * One optimizer step on one batch (Keras' train_on_batch): the objective, its gradients,
 * the update, then the batch's loss and metrics. `stepsPerEpoch` spreads a per-epoch
 * weight decay over the epoch's batches.
 */
export function trainBatch(setup: TrainSetup, x: Tensor, y: Tensor, stepsPerEpoch = 1, where = 'fit'): StepResult {
  checkBatch(x, y, where)
  const { pred, loss } = objective(setup.model, setup.objective, x, y, stepsPerEpoch)
  const vars = setup.model.trainableWeights
  const grads = gradients(loss, vars)
  setup.optimizer.applyGradients(grads.map((g, i) => [g, vars[i]] as const))
  return { loss: loss.item(), count: x.shape[0], metrics: scoreMetrics(setup.metrics, y, pred), grads }
}

/** Loss and metrics on one batch, without updating anything. */
export function testBatch(setup: TrainSetup, x: Tensor, y: Tensor): BatchResult {
  checkBatch(x, y, 'evaluate')
  return noGrad(() => {
    const { pred, loss } = objective(setup.model, setup.objective, x, y)
    return { loss: loss.item(), count: x.shape[0], metrics: scoreMetrics(setup.metrics, y, pred) }
  })
}

/** Loss and metrics over all rows, in batches as Keras' evaluate does, keys prefixed (e.g. "val_"). */
export function evaluateBatches(setup: TrainSetup, x: Tensor, y: Tensor, batchSize: number, prefix = ''): Record<string, number> {
  const averages = new EpochAverages(setup.objective.loss.reduction)
  for (let start = 0; start < x.shape[0]; start += batchSize) {
    const idx = rowRange(start, Math.min(x.shape[0], start + batchSize))
    averages.add(testBatch(setup, gatherRows(x, idx), gatherRows(y, idx)))
  }
  return averages.result(prefix)
}
