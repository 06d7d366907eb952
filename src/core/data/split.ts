import { check } from '../errors.ts'
import type { Tensor } from '../tensor.ts'
import { gatherRows } from '../ops/shape.ts'
import type { RandomSource } from '../random/index.ts'
import { epochBatches } from './batches.ts'

/** The same random reordering of the rows of every tensor given. */
export function shuffleRows(tensors: readonly Tensor[], rng: RandomSource): Tensor[] {
  check(tensors.length > 0, 'shuffle', () => 'needs at least one tensor')
  const n = tensors[0].shape[0]
  tensors.forEach((t, i) => check(t.shape[0] === n, 'shuffle', () => `tensor ${i} has ${t.shape[0]} rows, expected ${n}`))
  const [order] = epochBatches(n, n, 'shuffle', rng)
  return tensors.map((t) => gatherRows(t, order))
}

export interface SplitResult {
  train: Tensor[]
  validation: Tensor[]
}

/**
 * A seeded train/validation split of the rows: shuffle, then hold out
 * ⌊n · fraction⌋ rows for validation.
 */
export function trainValidationSplit(tensors: readonly Tensor[], fraction: number, rng: RandomSource): SplitResult {
  check(Number.isFinite(fraction) && fraction > 0 && fraction < 1, 'split', () => `validation fraction must be in (0, 1), got ${fraction}`)
  const shuffled = shuffleRows(tensors, rng)
  const n = shuffled[0].shape[0]
  const valCount = Math.floor(n * fraction)
  check(valCount > 0 && valCount < n, 'split', () => `a fraction of ${fraction} of ${n} rows leaves an empty side`)
  const trainIdx = Int32Array.from({ length: n - valCount }, (_, i) => i)
  const valIdx = Int32Array.from({ length: valCount }, (_, i) => n - valCount + i)
  return { train: shuffled.map((t) => gatherRows(t, trainIdx)), validation: shuffled.map((t) => gatherRows(t, valIdx)) }
}
