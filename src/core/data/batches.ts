import { check } from '../errors.ts'
import type { RandomSource } from '../random/index.ts'

/**
 * How an epoch visits the samples: in order, in a fresh random order each epoch, or
 * by drawing each minibatch with replacement (the chapter's SGD).
 */
export type Sampling = 'sequential' | 'shuffle' | 'replacement'

export const SAMPLINGS: readonly Sampling[] = ['sequential', 'shuffle', 'replacement']

function permutation(n: number, rng: RandomSource): Int32Array {
  const order = new Int32Array(n)
  for (let i = 0; i < n; i++) order[i] = i
  // Fisher–Yates from the end, as NumPy's shuffle does, so a NumPy-legacy source
  // reproduces np.random.permutation.
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1)
    const t = order[i]
    order[i] = order[j]
    order[j] = t
  }
  return order
}

/**
 * The minibatches of one epoch as index lists. With 'replacement' there are
 * ⌊n / batchSize⌋ batches of exactly batchSize draws; otherwise ⌈n / batchSize⌉
 * batches, the last one possibly smaller (Keras' behaviour).
 */
export function epochBatches(n: number, batchSize: number, sampling: Sampling, rng: RandomSource): Int32Array[] {
  check(Number.isInteger(n) && n > 0, 'epochBatches', () => `the data set must have at least one sample, got ${n}`)
  check(Number.isInteger(batchSize) && batchSize > 0, 'epochBatches', () => `batchSize must be a positive integer, got ${batchSize}`)
  check(SAMPLINGS.includes(sampling), 'epochBatches', () => `sampling must be one of ${SAMPLINGS.join(', ')}, got "${sampling}"`)
  if (sampling === 'replacement') {
    const count = Math.max(1, Math.floor(n / batchSize))
    return Array.from({ length: count }, () => {
      const batch = new Int32Array(batchSize)
      for (let i = 0; i < batchSize; i++) batch[i] = rng.int(n)
      return batch
    })
  }
  const order = sampling === 'shuffle' ? permutation(n, rng) : Int32Array.from({ length: n }, (_, i) => i)
  const batches: Int32Array[] = []
  for (let start = 0; start < n; start += batchSize) batches.push(order.subarray(start, Math.min(n, start + batchSize)))
  return batches
}

/** The row indices start, start + 1, …, end − 1. */
export function rowRange(start: number, end: number): Int32Array {
  return Int32Array.from({ length: end - start }, (_, i) => start + i)
}
