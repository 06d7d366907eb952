import { allocate } from '../dtype.ts'
import type { Storage } from '../dtype.ts'
import { check } from '../errors.ts'
import type { Tensor } from '../tensor.ts'
import { record } from '../autograd/record.ts'
import { kernels } from '../kernels/index.ts'

/**
 * Inverted dropout with a given noise: each value is kept where its noise (uniform in
 * [0, 1)) is below 1 − rate, and scaled by 1/(1 − rate) so the expected sum is unchanged;
 * the others become 0. The noise is an argument so the mask can be fixed (tests) or drawn
 * by a layer from its seeded stream.
 */
export function dropout(x: Tensor, rate: number, noise: Storage): Tensor {
  check(Number.isFinite(rate) && rate >= 0 && rate < 1, 'dropout', () => `argument rate must be in [0, 1), got ${rate}`)
  check(noise.length === x.size, 'dropout', () => `argument noise must hold one value per element (${x.size}), got ${noise.length}`)
  const k = kernels()
  const keep = 1 - rate
  const out = allocate(x.dtype, x.size)
  k.dropout(x.size, x.data, noise, keep, out)
  return record('dropout', out, x.shape, [x], (dy, gradOf) => k.dropoutBackward(x.size, noise, keep, dy, gradOf(x)))
}
