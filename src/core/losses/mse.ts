import { mean, square, sub } from '../ops/index.ts'
import type { HyperConfig } from '../hyper/index.ts'
import { checkLossShapes } from './loss.ts'
import { defineLoss, reductionHyper } from './define.ts'

/** Mean squared error: the mean over the last axis of (y − ŷ)², then reduced over samples. */
export const meanSquaredError = defineLoss(
  'mse',
  {
    title: 'Mean squared error',
    doc: 'Keras "mse": the mean over outputs of (y − ŷ)², averaged over the samples. For regression, and for the chapter\'s non-convex slice.',
    hyperparameters: { reduction: reductionHyper('mean') },
  },
  () => (yTrue, yPred) => {
    checkLossShapes('mse', yTrue, yPred)
    return mean(square(sub(yPred, yTrue)), -1)
  },
)

export type LossOptions = HyperConfig<typeof meanSquaredError.description.hyperparameters>
