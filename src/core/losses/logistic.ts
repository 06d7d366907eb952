import { mul, neg, softplus } from '../ops/index.ts'
import { checkLossShapes } from './loss.ts'
import { defineLoss, reductionHyper } from './define.ts'

/**
 * The logistic loss for labels in {−1, +1} and real scores s: log(1 + exp(−y·s)).
 * The chapter sums it over samples, so the default reduction here is the sum.
 */
export const logisticLoss = defineLoss(
  'logistic',
  {
    title: 'Logistic loss (±1 labels)',
    doc: 'The logistic loss log(1 + exp(−y·s)) for labels y = ±1 and raw scores s, summed over the samples as the chapter does.',
    hyperparameters: {
      reduction: reductionHyper('sum', "The chapter sums over samples; an epoch's loss is then the total over its minibatches, comparable to a full-batch step."),
    },
  },
  () => (yTrue, yPred) => {
    checkLossShapes('logistic', yTrue, yPred)
    return softplus(neg(mul(yTrue, yPred)))
  },
)
