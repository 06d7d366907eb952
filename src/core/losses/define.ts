import type { Tensor } from '../tensor.ts'
import type { ChoiceHyper, HyperConfig, HyperSpecs, HyperValues } from '../hyper/index.ts'
import { hyper, resolveHypers } from '../hyper/index.ts'
import type { Loss, LossName } from './loss.ts'
import type { Reduction } from './reduction.ts'
import { reduceLoss } from './reduction.ts'

/** Every loss reduces its per-sample values over the batch; the rest is its own. */
export type LossHypers = HyperSpecs & { readonly reduction: ChoiceHyper<Reduction> }

/** What a loss declares once: its name for people and its hyperparameters. */
export interface LossDescription<S extends LossHypers = LossHypers> {
  readonly title: string
  readonly doc: string
  readonly hyperparameters: S
}

/** A loss constructor (`meanSquaredError(config)`) that carries its kind and description. */
export interface LossFactory<K extends LossName = LossName, S extends LossHypers = LossHypers> {
  (config?: HyperConfig<S>): Loss
  readonly kind: K
  readonly description: LossDescription<S>
}

/**
 * Declares a loss: `perSample` maps checked hyperparameters to the per-sample loss, which the
 * declared reduction then sums or averages. Errors name the loss by its Keras name.
 */
export function defineLoss<const K extends LossName, S extends LossHypers>(
  kind: K,
  description: LossDescription<S>,
  perSample: (values: HyperValues<S>) => (yTrue: Tensor, yPred: Tensor) => Tensor,
): LossFactory<K, S> {
  const create = (config?: HyperConfig<S>): Loss => {
    const values = resolveHypers(kind, description.hyperparameters, config)
    const compute = perSample(values)
    const reduction: Reduction = values.reduction
    return { name: kind, reduction, compute: (yTrue, yPred) => reduceLoss(compute(yTrue, yPred), reduction) }
  }
  return Object.assign(create, { kind, description })
}

const REDUCTION_DOC = "Average the per-sample losses over the batch (Keras' default) or add them up; an epoch's loss is then the total over its batches."

/** The batch reduction, its default offered first; changing it changes what the loss means, so it is not live. */
export function reductionHyper(defaultValue: Reduction, doc = REDUCTION_DOC): ChoiceHyper<Reduction, false> {
  const options: readonly Reduction[] = defaultValue === 'mean' ? ['mean', 'sum'] : ['sum', 'mean']
  return hyper.choice({ default: defaultValue, options, doc, live: false })
}
