import { add, clip, div, log, logSoftmax, mean, mul, neg, softplus, sub, sum } from '../ops/index.ts'
import type { Tensor } from '../tensor.ts'
import type { HyperConfig } from '../hyper/index.ts'
import { hyper } from '../hyper/index.ts'
import { checkLossShapes } from './loss.ts'
import { defineLoss, reductionHyper } from './define.ts'

/** Keras' backend epsilon: probabilities are clipped to [ε, 1 − ε] before the log. */
export const EPSILON = 1e-7

type PerSample = (yTrue: Tensor, yPred: Tensor) => Tensor

/** A cross-entropy: its per-sample loss from probabilities, or from raw scores when `fromLogits`. */
function crossentropy<const K extends 'binary_crossentropy' | 'categorical_crossentropy'>(kind: K, title: string, doc: string, fromProbabilities: PerSample, fromScores: PerSample) {
  const hyperparameters = {
    // Changing what the model's outputs mean restarts a run, hence not live.
    fromLogits: hyper.boolean({ default: false, doc: 'The model outputs raw scores (no final sigmoid/softmax): the loss applies it, more stably.', live: false }),
    reduction: reductionHyper('mean'),
  }
  return defineLoss(kind, { title, doc, hyperparameters }, (config) => (yTrue, yPred) => {
    checkLossShapes(kind, yTrue, yPred)
    return config.fromLogits ? fromScores(yTrue, yPred) : fromProbabilities(yTrue, yPred)
  })
}

/** −[y log p + (1 − y) log(1 − p)], averaged over the last axis. */
export const binaryCrossentropy = crossentropy(
  'binary_crossentropy',
  'Binary cross-entropy',
  'Keras "binary_crossentropy": the logistic loss for 0/1 targets, −[y·log p + (1 − y)·log(1 − p)], with p clipped to [1e-7, 1 − 1e-7].',
  (yTrue, yPred) => {
    const p = clip(yPred, EPSILON, 1 - EPSILON)
    return neg(mean(add(mul(yTrue, log(p)), mul(sub(1, yTrue), log(sub(1, p)))), -1))
  },
  // softplus(z) − y·z equals the cross-entropy of sigmoid(z), without overflow.
  (yTrue, z) => mean(sub(softplus(z), mul(yTrue, z)), -1),
)

/** −Σ y log p over the classes (last axis); probabilities are renormalized then clipped. */
export const categoricalCrossentropy = crossentropy(
  'categorical_crossentropy',
  'Categorical cross-entropy',
  'Keras "categorical_crossentropy": −Σ y·log p over the classes, for one-hot targets and a softmax output.',
  (yTrue, yPred) => {
    const p = clip(div(yPred, sum(yPred, -1, { keepDims: true })), EPSILON, 1 - EPSILON)
    return neg(sum(mul(yTrue, log(p)), -1))
  },
  (yTrue, z) => neg(sum(mul(yTrue, logSoftmax(z)), -1)),
)

export type CrossentropyOptions = HyperConfig<typeof binaryCrossentropy.description.hyperparameters>
