import type { Tensor } from '../tensor.ts'
import { add, mul, square, sum } from '../ops/index.ts'
import type { WeightPenalty } from '../layers/index.ts'
import type { Loss } from '../losses/index.ts'
import type { Sequential } from '../models/sequential.ts'

/**
 * A model-wide L2 penalty λ·ΣW² over every layer's kernel (weight decay), as a loss node
 * declares it. With `perEpoch`, λ is spread over an epoch's minibatches (the chapter's
 * SGD), so that one epoch penalizes as much as one full-batch step.
 */
export interface WeightDecay {
  readonly l2: number
  readonly perEpoch: boolean
}

/** What training minimizes: a loss plus, optionally, a model-wide weight decay. */
export interface ObjectiveSpec {
  readonly loss: Loss
  readonly weightDecay?: WeightDecay
}

/**
 * Every L2 term of the objective, in the order they are added: the model-wide decay on
 * each kernel first, then each layer's own penalties. One list, so that a penalty is
 * never counted by two mechanisms. `stepsPerEpoch` is given for a training step only.
 */
export function penalties(model: Sequential, decay: WeightDecay | undefined, stepsPerEpoch?: number): WeightPenalty[] {
  const terms: WeightPenalty[] = []
  if (decay && decay.l2 > 0) {
    const scale = decay.perEpoch && stepsPerEpoch !== undefined ? 1 / stepsPerEpoch : 1
    for (const layer of model.layers) {
      const kernel = layer.trainableWeights[0]
      if (kernel) terms.push({ weight: kernel, l2: decay.l2 * scale })
    }
  }
  for (const layer of model.layers) terms.push(...layer.penalties())
  return terms
}

/** The objective on one batch: predictions, and the loss plus every penalty term. */
export function objective(model: Sequential, spec: ObjectiveSpec, x: Tensor, y: Tensor, stepsPerEpoch?: number): { pred: Tensor; loss: Tensor } {
  const pred = model.call(x)
  let loss = spec.loss.compute(y, pred)
  for (const term of penalties(model, spec.weightDecay, stepsPerEpoch)) loss = add(loss, mul(sum(square(term.weight)), term.l2))
  return { pred, loss }
}
