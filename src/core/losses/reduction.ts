import type { Tensor } from '../tensor.ts'
import { mean, sum } from '../ops/reduce.ts'

/** Keras' reductions of per-sample losses: the batch mean (default) or the batch sum. */
export type Reduction = 'mean' | 'sum'

export function reduceLoss(perSample: Tensor, reduction: Reduction): Tensor {
  return reduction === 'sum' ? sum(perSample) : mean(perSample)
}
