import { fail } from '../errors.ts'
import type { HyperConfig } from '../hyper/index.ts'
import { readHyperConfig } from '../hyper/index.ts'
import type { Loss, LossName } from './loss.ts'
import type { LossDescription, LossFactory } from './define.ts'
import { meanSquaredError } from './mse.ts'
import { binaryCrossentropy, categoricalCrossentropy } from './crossentropy.ts'
import { logisticLoss } from './logistic.ts'

/** Every loss by its Keras name; each factory's own kind must equal its key. */
const factories = {
  mse: meanSquaredError,
  binary_crossentropy: binaryCrossentropy,
  categorical_crossentropy: categoricalCrossentropy,
  logistic: logisticLoss,
} satisfies { readonly [K in LossName]: { readonly kind: K } }

export type LossHypersOf<K extends LossName> = (typeof factories)[K]['description']['hyperparameters']
export type LossConfig<K extends LossName> = HyperConfig<LossHypersOf<K>>

// Typed per name, so that indexing with a generic name keeps the factory and config together.
const registry: { readonly [K in LossName]: LossFactory<K, LossHypersOf<K>> } = factories

export const lossNames: readonly LossName[] = Object.keys(registry).filter(isLossName)

export function isLossName(name: string): name is LossName {
  return Object.hasOwn(registry, name)
}

export function lossDescription<K extends LossName>(kind: K): LossDescription<LossHypersOf<K>> {
  return registry[kind].description
}

/**
 * The loss of a kind, its config checked against the description. Names a config does not
 * describe are ignored, so one record can configure any kind (`fromLogits` means nothing to mse).
 */
export function createLoss<K extends LossName>(kind: K, config: LossConfig<K> = {}): Loss {
  const create: LossFactory<K, LossHypersOf<K>> = registry[kind]
  return create(config)
}

/** A typed config from untyped values (a node's params): unknown names and bad values throw, naming the loss. */
export function readLossConfig<K extends LossName>(kind: K, values: Readonly<Record<string, unknown>>): LossConfig<K> {
  return readHyperConfig(kind, lossDescription(kind).hyperparameters, values)
}

/** Resolves a Keras-style loss name ("mse", "binary_crossentropy", …) or passes a Loss through. */
export function getLoss(loss: LossName | Loss): Loss {
  if (typeof loss === 'object') return loss
  if (!isLossName(loss)) fail('compile', `unknown loss "${String(loss)}"; expected one of ${lossNames.join(', ')}`)
  return createLoss(loss)
}
