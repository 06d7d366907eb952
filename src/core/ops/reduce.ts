import { allocate } from '../dtype.ts'
import type { Storage } from '../dtype.ts'
import type { Shape } from '../shape.ts'
import { normalizeAxes } from '../shape.ts'
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

/** dx += dy broadcast back over the reduced axes (times `scale`). */
function spreadBack(dy: Storage, kept: Shape, shape: Shape, dx: Storage, scale: number): void {
  kernels().broadcastAccumulate(dy, kept, dx, shape, scale)
}

export function sum(x: Tensor, axes?: Axes, options?: ReduceOptions): Tensor {
  const ax = normalizeAxes(axes, x.rank, 'sum')
  const { kept, out: outShape } = reducedShapes(x.shape, ax, options?.keepDims === true)
  const out = allocate(x.dtype, kept.reduce((p, d) => p * d, 1))
  kernels().reduceSum(x.data, x.shape, ax, out, false)
  return record('sum', out, outShape, [x], (dy, gradOf) => spreadBack(dy, kept, x.shape, gradOf(x), 1))
}

export function mean(x: Tensor, axes?: Axes, options?: ReduceOptions): Tensor {
  const ax = normalizeAxes(axes, x.rank, 'mean')
  const { kept, out: outShape } = reducedShapes(x.shape, ax, options?.keepDims === true)
  const count = ax.reduce((p, a) => p * x.shape[a], 1)
  const out = allocate(x.dtype, kept.reduce((p, d) => p * d, 1))
  kernels().reduceSum(x.data, x.shape, ax, out, false)
  for (let i = 0; i < out.length; i++) out[i] /= count
  return record('mean', out, outShape, [x], (dy, gradOf) => spreadBack(dy, kept, x.shape, gradOf(x), 1 / count))
}

/** The maximum over axes; the gradient goes to the (first) position of each maximum. */
export function max(x: Tensor, axes?: Axes, options?: ReduceOptions): Tensor {
  const ax = normalizeAxes(axes, x.rank, 'max')
  const { kept, out: outShape } = reducedShapes(x.shape, ax, options?.keepDims === true)
  const size = kept.reduce((p, d) => p * d, 1)
  const out = allocate(x.dtype, size)
  const argmax = new Int32Array(size)
  kernels().reduceMax(x.data, x.shape, ax, out, argmax)
  return record('max', out, outShape, [x], (dy, gradOf) => {
    const dx = gradOf(x)
    for (let i = 0; i < size; i++) dx[argmax[i]] += dy[i]
  })
}
