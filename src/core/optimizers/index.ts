import { fail } from '../errors.ts'
import type { Optimizer, OptimizerName } from './optimizer.ts'
import { SGD } from './sgd.ts'
import { Adam } from './adam.ts'
import { RMSprop } from './rmsprop.ts'
import { Adagrad } from './adagrad.ts'

export { Optimizer } from './optimizer.ts'
export type { OptimizerName } from './optimizer.ts'
export { SGD, Adam, RMSprop, Adagrad }
export type { SGDConfig } from './sgd.ts'
export type { AdamConfig } from './adam.ts'
export type { RMSpropConfig } from './rmsprop.ts'
export type { AdagradConfig } from './adagrad.ts'

const byName: Record<OptimizerName, () => Optimizer> = {
  sgd: () => new SGD(),
  adam: () => new Adam(),
  rmsprop: () => new RMSprop(),
  adagrad: () => new Adagrad(),
}

/** Resolves a Keras-style optimizer name ("sgd", "adam", …) with default hyperparameters. */
export function getOptimizer(optimizer: OptimizerName | Optimizer): Optimizer {
  if (typeof optimizer === 'object') return optimizer
  if (!Object.hasOwn(byName, optimizer)) fail('compile', `unknown optimizer "${String(optimizer)}"; expected one of ${Object.keys(byName).join(', ')}`)
  return byName[optimizer]()
}
