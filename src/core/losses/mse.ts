import { mean, square, sub } from '../ops/index.ts'
import type { Loss, LossOptions } from './loss.ts'
import { checkLossShapes, checkReduction, makeLoss } from './loss.ts'
import { reduceLoss } from './reduction.ts'

/** Mean squared error: the mean over the last axis of (y − ŷ)², then reduced over samples. */
export function meanSquaredError(options: LossOptions = {}): Loss {
  const reduction = checkReduction('mse', options.reduction ?? 'mean')
  return makeLoss('mse', reduction, (yTrue, yPred) => {
    checkLossShapes('mse', yTrue, yPred)
    return reduceLoss(mean(square(sub(yPred, yTrue)), -1), reduction)
  })
}
