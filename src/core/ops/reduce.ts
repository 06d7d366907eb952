import { allocate } from '../dtype.ts'
import type { Shape } from '../shape.ts'
import { normalizeAxes, sizeOf } from '../shape.ts'
import type { Tensor } from '../tensor.ts'
import { record } from '../autograd/record.ts'
import { kernels } from '../kernels/index.ts'

export interface ReduceOptions {
  /** Keep the reduced axes with size 1 (NumPy's keepdims). */
  keepDims?: boolean
}

type Axes = number | readonly number[]

function reducedShapes(shape: Shape, axes: readonly number[], keepDims: boolean): { kept: number[]; out: number[] } {
  const kept = shape.map((d, i) => (axes.includes(i) ? 1 : d))
  const out = keepDims ? kept : shape.filter((_, i) => !axes.includes(i))
  return { kept, out }
}

export function sum(x: Tensor, axes?: Axes, options?: ReduceOptions): Tensor {
  const ax = normalizeAxes(axes, x.rank, 'sum')
  const { kept, out: outShape } = reducedShapes(x.shape, ax, options?.keepDims === true)
  const k = kernels()
  const out = allocate(x.dtype, sizeOf(kept))
  k.reduceSum(x.data, x.shape, ax, out, false)
  // The adjoint: dy spread back over the reduced axes.
  return record('sum', out, outShape, [x], (dy, gradOf) => k.broadcastAccumulate(dy, kept, gradOf(x), x.shape, 1))
}

export function mean(x: Tensor, axes?: Axes, options?: ReduceOptions): Tensor {
  const ax = normalizeAxes(axes, x.rank, 'mean')
  const { kept, out: outShape } = reducedShapes(x.shape, ax, options?.keepDims === true)
  const count = ax.reduce((p, a) => p * x.shape[a], 1)
  const k = kernels()
  const out = allocate(x.dtype, sizeOf(kept))
  k.reduceSum(x.data, x.shape, ax, out, false)
  // Divided, not multiplied by 1/count, which would round differently.
  k.binaryScalar('div', out.length, out, count, out)
  return record('mean', out, outShape, [x], (dy, gradOf) => k.broadcastAccumulate(dy, kept, gradOf(x), x.shape, 1 / count))
}

/** The maximum over axes; the gradient goes to the (first) position of each maximum. */
export function max(x: Tensor, axes?: Axes, options?: ReduceOptions): Tensor {
  const ax = normalizeAxes(axes, x.rank, 'max')
  const { kept, out: outShape } = reducedShapes(x.shape, ax, options?.keepDims === true)
  const k = kernels()
  const size = sizeOf(kept)
  const out = allocate(x.dtype, size)
  const argmax = new Int32Array(size)
  k.reduceMax(x.data, x.shape, ax, out, argmax)
  // Each dy value goes to its winner's flat index: a scatter of rows of one value.
  return record('max', out, outShape, [x], (dy, gradOf) => k.scatterAddRows(dy, 1, argmax, gradOf(x)))
}
