import { allocate, dtypeOf, promote } from '../dtype.ts'
import type { Storage } from '../dtype.ts'
import { formatShape } from '../shape.ts'
import type { Tensor } from '../tensor.ts'
import { check } from '../errors.ts'
import { record } from '../autograd/record.ts'
import { kernels } from '../kernels/index.ts'
import type { FusedActivation, Kernels } from '../kernels/index.ts'

/** The activations a matmul can fuse, plus softmax, which runs over each row after it. */
export type DenseActivation = FusedActivation | 'softmax'

/** dz = dy · act'(z), from the activation's output y (z, the pre-activation, is never stored). */
function activationGrad(kern: Kernels, activation: DenseActivation, y: Storage, dy: Storage, rows: number, cols: number): Storage {
  // linear's derivative is 1: dy passes through without a copy.
  if (activation === 'linear') return dy
  const dz = allocate(dtypeOf(dy), dy.length)
  if (activation === 'softmax') kern.softmaxRowsBackward(y, dy, dz, rows, cols, false)
  else kern.activationBackward(activation, dy.length, y, dy, dz)
  return dz
}

/**
 * A Dense layer's forward pass as one op: act(x·W + b). The matmul writes the bias
 * and the elementwise activation in its epilogue, so the pre-activation is never stored.
 */
export function dense(x: Tensor, kernel: Tensor, bias: Tensor | null, activation: DenseActivation): Tensor {
  check(x.rank === 2, 'dense', () => `argument x must be a batch of rows (rank 2), got shape ${formatShape(x.shape)}`)
  check(kernel.rank === 2, 'dense', () => `argument kernel must be a matrix, got shape ${formatShape(kernel.shape)}`)
  const [m, k] = x.shape
  const [k2, n] = kernel.shape
  check(k === k2, 'dense', () => `x has ${k} features but the kernel expects ${k2} (x ${formatShape(x.shape)}, kernel ${formatShape(kernel.shape)})`)
  check(!bias || (bias.rank === 1 && bias.shape[0] === n), 'dense', () => `argument bias must have shape [${n}], got ${formatShape(bias ? bias.shape : [])}`)
  const kern = kernels()
  const y = allocate(promote(x.dtype, kernel.dtype), m * n)
  const fused = activation === 'softmax' ? 'linear' : activation
  kern.matmul({ a: x.data, b: kernel.data, c: y, m, k, n, bias: bias?.data, activation: fused })
  if (activation === 'softmax') kern.softmaxRows(y, y, m, n, false)
  const parents = bias ? [x, kernel, bias] : [x, kernel]
  return record(`dense(${activation})`, y, [m, n], parents, (dy, gradOf) => {
    const dz = activationGrad(kern, activation, y, dy, m, n)
    if (kernel.requiresGrad) kern.matmul({ a: x.data, b: dz, c: gradOf(kernel), m: k, k: m, n, transA: true, accumulate: true })
    if (bias?.requiresGrad) kern.reduceSum(dz, [m, n], [0], gradOf(bias), true)
    if (x.requiresGrad) kern.matmul({ a: dz, b: kernel.data, c: gradOf(x), m, k: n, n: k, transB: true, accumulate: true })
  })
}
