import type { Tensor } from '../tensor.ts'
import { check } from '../errors.ts'
import { formatShape, shapesEqual } from '../shape.ts'
import type { Reduction } from './reduction.ts'

export type LossName = 'mse' | 'binary_crossentropy' | 'categorical_crossentropy' | 'logistic'

/** A loss maps (targets, predictions) to a scalar tensor that autograd can differentiate. */
export interface Loss {
  readonly name: LossName
  readonly reduction: Reduction
  compute(yTrue: Tensor, yPred: Tensor): Tensor
}

export function checkLossShapes(name: string, yTrue: Tensor, yPred: Tensor): void {
  check(shapesEqual(yTrue.shape, yPred.shape), name, () => `targets ${formatShape(yTrue.shape)} and predictions ${formatShape(yPred.shape)} must have the same shape`)
}
