import { allocate, promote } from '../dtype.ts'
import { formatShape } from '../shape.ts'
import type { Tensor } from '../tensor.ts'
import { check } from '../errors.ts'
import { record } from '../autograd/record.ts'
import { kernels } from '../kernels/index.ts'

/** Matrix product of two rank-2 tensors: [m, k] · [k, n] → [m, n]. */
export function matmul(a: Tensor, b: Tensor): Tensor {
  check(a.rank === 2, 'matmul', () => `argument a must be a matrix (rank 2), got shape ${formatShape(a.shape)}`)
  check(b.rank === 2, 'matmul', () => `argument b must be a matrix (rank 2), got shape ${formatShape(b.shape)}`)
  const [m, k] = a.shape
  const [k2, n] = b.shape
  check(k === k2, 'matmul', () => `inner dimensions differ: a is ${formatShape(a.shape)} and b is ${formatShape(b.shape)} (${k} ≠ ${k2})`)
  const kern = kernels()
  const c = allocate(promote(a.dtype, b.dtype), m * n)
  kern.matmul({ a: a.data, b: b.data, c, m, k, n })
  return record('matmul', c, [m, n], [a, b], (dy, gradOf) => {
    // dA = dY·Bᵀ and dB = Aᵀ·dY, accumulated straight into the gradients.
    if (a.requiresGrad) kern.matmul({ a: dy, b: b.data, c: gradOf(a), m, k: n, n: k, transB: true, accumulate: true })
    if (b.requiresGrad) kern.matmul({ a: a.data, b: dy, c: gradOf(b), m: k, k: m, n, transA: true, accumulate: true })
  })
}
