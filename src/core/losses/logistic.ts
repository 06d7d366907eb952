import { mul, neg, softplus } from '../ops/index.ts'
import type { Loss, LossOptions } from './loss.ts'
import { checkLossShapes, checkReduction, makeLoss } from './loss.ts'
import { reduceLoss } from './reduction.ts'

/**
 * The logistic loss for labels in {−1, +1} and real scores s: log(1 + exp(−y·s)).
 * The chapter sums it over samples, so the default reduction here is the sum.
 */
export function logisticLoss(options: LossOptions = {}): Loss {
  const reduction = checkReduction('logistic', options.reduction ?? 'sum')
  return makeLoss('logistic', reduction, (yTrue, yPred) => {
    checkLossShapes('logistic', yTrue, yPred)
    return reduceLoss(softplus(neg(mul(yTrue, yPred))), reduction)
  })
}
