import { epochBatches } from '../../core/index.ts'
import { samplingStream } from '../../runtime/training/session.ts'
import type { NpyArray } from '../files/npy.ts'
import type { TrainerPlan } from './trainer-plan.ts'

/** The rows each step of a trainer's run visits, as an [epochs, rows per epoch] index array. */
export interface Minibatches {
  /** Rows per step: the last batch of an epoch may be smaller (Keras' behaviour). */
  readonly batchSize: number
  readonly stepsPerEpoch: number
  readonly order: NpyArray
}

/** The trainer's effective batch size: gradient descent takes every row at once; no batch exceeds the data. */
export function effectiveBatchSize(plan: TrainerPlan): number {
  const rows = plan.data.value.x.shape[0]
  return plan.optimizer.fullBatch ? rows : Math.min(plan.config.batchSize, rows)
}

/**
 * Replays the trainer's sampling stream (the same generator, seed and skipped draws as
 * the core's training loop) and records every epoch's minibatches, so another framework
 * visits the rows in Flowgrad's order. One row of the array is one epoch: consecutive
 * slices of batchSize rows are its minibatches.
 */
export function minibatches(plan: TrainerPlan): Minibatches {
  const rows = plan.data.value.x.shape[0]
  const batchSize = effectiveBatchSize(plan)
  const rng = samplingStream(plan.config)
  const epochs = plan.config.epochs
  const perEpoch: Int32Array[] = []
  let steps = 0
  for (let e = 0; e < epochs; e++) {
    const batches = epochBatches(rows, batchSize, plan.config.sampling, rng)
    steps = batches.length
    const flat = new Int32Array(batches.reduce((n, b) => n + b.length, 0))
    let at = 0
    for (const b of batches) (flat.set(b, at), (at += b.length))
    perEpoch.push(flat)
  }
  const width = perEpoch[0]?.length ?? 0
  const data = new Int32Array(epochs * width)
  perEpoch.forEach((row, e) => data.set(row, e * width))
  return { batchSize, stepsPerEpoch: steps, order: { dtype: 'int32', shape: [epochs, width], data } }
}
