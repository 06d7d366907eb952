import { fail } from '../errors.ts'
import type { Loss, LossName } from './loss.ts'
import { meanSquaredError } from './mse.ts'
import { binaryCrossentropy, categoricalCrossentropy } from './crossentropy.ts'
import { logisticLoss } from './logistic.ts'

export type { Loss, LossName, LossOptions } from './loss.ts'
export type { Reduction } from './reduction.ts'
export type { CrossentropyOptions } from './crossentropy.ts'
export { meanSquaredError, binaryCrossentropy, categoricalCrossentropy, logisticLoss }

const byName: Record<LossName, () => Loss> = {
  mse: () => meanSquaredError(),
  binary_crossentropy: () => binaryCrossentropy(),
  categorical_crossentropy: () => categoricalCrossentropy(),
  logistic: () => logisticLoss(),
}

/** Resolves a Keras-style loss name ("mse", "binary_crossentropy", …) or passes a Loss through. */
export function getLoss(loss: LossName | Loss): Loss {
  if (typeof loss === 'object') return loss
  const make = byName[loss as LossName]
  if (!make || !Object.hasOwn(byName, loss)) fail('compile', `unknown loss "${String(loss)}"; expected one of ${Object.keys(byName).join(', ')}`)
  return make()
}
