import { allocate } from '../dtype.ts'
import type { Tensor } from '../tensor.ts'
import { check } from '../errors.ts'
import { record } from '../autograd/record.ts'
import { kernels } from '../kernels/index.ts'

/** Limits values to [min, max]; the gradient passes only where x was inside the range. */
export function clip(x: Tensor, min: number, max: number): Tensor {
  check(!Number.isNaN(min) && !Number.isNaN(max), 'clip', () => `min and max must be numbers, got ${min} and ${max}`)
  check(min <= max, 'clip', () => `min (${min}) must not exceed max (${max})`)
  const k = kernels()
  const out = allocate(x.dtype, x.size)
  k.clip(x.size, x.data, min, max, out)
  return record('clip', out, x.shape, [x], (dy, gradOf) => k.clipBackward(x.size, x.data, min, max, dy, gradOf(x)))
}
