import { add, clip, div, log, logSoftmax, mean, mul, neg, softplus, sub, sum } from '../ops/index.ts'
import type { Loss, LossOptions } from './loss.ts'
import { checkLossShapes, checkReduction, makeLoss } from './loss.ts'
import { reduceLoss } from './reduction.ts'

/** Keras' backend epsilon: probabilities are clipped to [ε, 1 − ε] before the log. */
export const EPSILON = 1e-7

export interface CrossentropyOptions extends LossOptions {
  /** Predictions are raw scores (logits) rather than probabilities. */
  fromLogits?: boolean
}

/** −[y log p + (1 − y) log(1 − p)], averaged over the last axis. */
export function binaryCrossentropy(options: CrossentropyOptions = {}): Loss {
  const name = 'binary_crossentropy'
  const reduction = checkReduction(name, options.reduction ?? 'mean')
  return makeLoss(name, reduction, (yTrue, yPred) => {
    checkLossShapes(name, yTrue, yPred)
    if (options.fromLogits) {
      // softplus(z) − y·z equals the cross-entropy of sigmoid(z), without overflow.
      return reduceLoss(mean(sub(softplus(yPred), mul(yTrue, yPred)), -1), reduction)
    }
    const p = clip(yPred, EPSILON, 1 - EPSILON)
    const ll = add(mul(yTrue, log(p)), mul(sub(1, yTrue), log(sub(1, p))))
    return reduceLoss(neg(mean(ll, -1)), reduction)
  })
}

/** −Σ y log p over the classes (last axis); probabilities are renormalized then clipped. */
export function categoricalCrossentropy(options: CrossentropyOptions = {}): Loss {
  const name = 'categorical_crossentropy'
  const reduction = checkReduction(name, options.reduction ?? 'mean')
  return makeLoss(name, reduction, (yTrue, yPred) => {
    checkLossShapes(name, yTrue, yPred)
    if (options.fromLogits) return reduceLoss(neg(sum(mul(yTrue, logSoftmax(yPred)), -1)), reduction)
    const p = clip(div(yPred, sum(yPred, -1, { keepDims: true })), EPSILON, 1 - EPSILON)
    return reduceLoss(neg(sum(mul(yTrue, log(p)), -1)), reduction)
  })
}
