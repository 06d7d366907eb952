import type { HyperConfig } from '../hyper/index.ts'
import { readHyperConfig } from '../hyper/index.ts'
import { fail } from '../errors.ts'
import type { Optimizer, OptimizerDescription, OptimizerHypers } from './optimizer.ts'
import { SGD } from './sgd.ts'
import { Adam } from './adam.ts'
import { RMSprop } from './rmsprop.ts'
import { Adagrad } from './adagrad.ts'

/** Every optimizer by its Keras name (as saved files and `compile` spell it): the one list. */
const classes = { sgd: SGD, adam: Adam, rmsprop: RMSprop, adagrad: Adagrad }

export type OptimizerName = keyof typeof classes
export type OptimizerHypersOf<K extends OptimizerName> = (typeof classes)[K]['description']['hyperparameters']
export type OptimizerConfig<K extends OptimizerName> = HyperConfig<OptimizerHypersOf<K>>

/** An optimizer class: constructed from a config, described statically. */
export interface OptimizerClass<S extends OptimizerHypers> {
  new (config?: HyperConfig<S>): Optimizer<S>
  readonly description: OptimizerDescription<S>
}

// Typed per name, so that indexing with a generic name keeps the class and config together.
const registry: { readonly [K in OptimizerName]: OptimizerClass<OptimizerHypersOf<K>> } = classes

export const optimizerNames: readonly OptimizerName[] = Object.keys(registry).filter(isOptimizerName)

export function isOptimizerName(name: string): name is OptimizerName {
  return Object.hasOwn(registry, name)
}

export function optimizerClass<K extends OptimizerName>(kind: K): OptimizerClass<OptimizerHypersOf<K>> {
  return registry[kind]
}

export function optimizerDescription<K extends OptimizerName>(kind: K): OptimizerDescription<OptimizerHypersOf<K>> {
  return optimizerClass(kind).description
}

/** A new optimizer of a kind; the config is checked against its description. */
export function createOptimizer<K extends OptimizerName>(kind: K, config: OptimizerConfig<K> = {}): Optimizer<OptimizerHypersOf<K>> {
  const Class = optimizerClass(kind)
  return new Class(config)
}

/** A typed config from untyped values (a node's params): unknown names and bad values throw, naming the optimizer. */
export function readOptimizerConfig<K extends OptimizerName>(kind: K, values: Readonly<Record<string, unknown>>): OptimizerConfig<K> {
  const { title, hyperparameters } = optimizerDescription(kind)
  return readHyperConfig(title, hyperparameters, values)
}

/** Whether a hyperparameter may change between two steps, the optimizer keeping its state. */
export function isLiveHyperparameter(kind: OptimizerName, name: string): boolean {
  const specs: OptimizerHypers = optimizerDescription(kind).hyperparameters
  return Object.hasOwn(specs, name) && specs[name].live
}

/** Resolves a Keras-style optimizer name ("sgd", "adam", …) with default hyperparameters. */
export function getOptimizer(optimizer: OptimizerName | Optimizer): Optimizer {
  if (typeof optimizer === 'object') return optimizer
  if (!isOptimizerName(optimizer)) fail('compile', `unknown optimizer "${String(optimizer)}"; expected one of ${optimizerNames.join(', ')}`)
  return createOptimizer(optimizer)
}
