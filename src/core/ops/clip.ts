import { allocate } from '../dtype.ts'
import type { Tensor } from '../tensor.ts'
import { check } from '../errors.ts'
import { record } from '../autograd/record.ts'

/** Limits values to [min, max]; the gradient passes only where x was inside the range. */
export function clip(x: Tensor, min: number, max: number): Tensor {
  check(!Number.isNaN(min) && !Number.isNaN(max), 'clip', () => `min and max must be numbers, got ${min} and ${max}`)
  check(min <= max, 'clip', () => `min (${min}) must not exceed max (${max})`)
  const out = allocate(x.dtype, x.size)
  const xs = x.data
  for (let i = 0; i < xs.length; i++) out[i] = xs[i] < min ? min : xs[i] > max ? max : xs[i]
  return record('clip', out, x.shape, [x], (dy, gradOf) => {
    const dx = gradOf(x)
    for (let i = 0; i < xs.length; i++) if (xs[i] >= min && xs[i] <= max) dx[i] += dy[i]
  })
}
