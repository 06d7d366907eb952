import { add, binaryCrossentropy, categoricalCrossentropy, logisticLoss, meanSquaredError, mul, square, sum } from '../core/index.ts'
import type { Loss, Sequential, Tensor } from '../core/index.ts'
import type { LossSpec } from './values.ts'

/** The core loss a Loss node describes. */
export function coreLoss(spec: LossSpec): Loss {
  switch (spec.kind) {
    case 'mse':
      return meanSquaredError({ reduction: spec.reduction })
    case 'binary_crossentropy':
      return binaryCrossentropy({ reduction: spec.reduction, fromLogits: spec.fromLogits })
    case 'categorical_crossentropy':
      return categoricalCrossentropy({ reduction: spec.reduction, fromLogits: spec.fromLogits })
    case 'logistic':
      return logisticLoss({ reduction: spec.reduction })
  }
}

/** What training minimizes on one batch: the loss plus l2Scale·λ·Σ W² over the kernels. */
export function objective(model: Sequential, spec: LossSpec, x: Tensor, y: Tensor, l2Scale = 1): { pred: Tensor; loss: Tensor } {
  const pred = model.call(x)
  let loss = coreLoss(spec).compute(y, pred)
  if (spec.l2 > 0) {
    for (const layer of model.layers) {
      const kernel = layer.trainableWeights[0]
      if (kernel) loss = add(loss, mul(sum(square(kernel)), spec.l2 * l2Scale))
    }
  }
  for (const penalty of model.regularizationLosses()) loss = add(loss, penalty)
  return { pred, loss }
}
