import { allocate } from '../dtype.ts'
import type { Shape } from '../shape.ts'
import { formatShape, sizeOf } from '../shape.ts'
import type { Tensor } from '../tensor.ts'
import { check, fail } from '../errors.ts'
import { record } from '../autograd/record.ts'
import { kernels } from '../kernels/index.ts'

/** Same values in a new shape; one dimension may be -1 and is then inferred. */
export function reshape(x: Tensor, shape: Shape): Tensor {
  const unknown = shape.filter((d) => d === -1).length
  check(unknown <= 1, 'reshape', () => `shape ${formatShape(shape)} may contain at most one -1`)
  const known = shape.reduce((p, d) => (d === -1 ? p : p * d), 1)
  const resolved = shape.map((d) => (d === -1 ? x.size / known : d))
  for (const d of resolved) {
    if (!Number.isInteger(d) || d < 0) fail('reshape', `cannot reshape ${formatShape(x.shape)} (${x.size} values) into ${formatShape(shape)}`)
  }
  check(sizeOf(resolved) === x.size, 'reshape', () => `cannot reshape ${formatShape(x.shape)} (${x.size} values) into ${formatShape(shape)}`)
  // Row-major data is unchanged by a reshape, so the storage is shared.
  const k = kernels()
  return record('reshape', x.data, resolved, [x], (dy, gradOf) => k.accumulate(x.size, dy, gradOf(x)))
}

/** Permutes axes; by default reverses them (a matrix transpose for rank 2). */
export function transpose(x: Tensor, perm?: readonly number[]): Tensor {
  const p = perm ?? x.shape.map((_, i) => x.rank - 1 - i)
  check(p.length === x.rank && [...p].sort((a, b) => a - b).every((v, i) => v === i), 'transpose', () => `perm ${formatShape(p)} is not a permutation of the ${x.rank} axes of ${formatShape(x.shape)}`)
  const outShape = p.map((a) => x.shape[a])
  const k = kernels()
  const out = allocate(x.dtype, x.size)
  k.transpose(x.data, x.shape, p, out)
  const inverse = new Array<number>(p.length)
  p.forEach((a, i) => (inverse[a] = i))
  return record('transpose', out, outShape, [x], (dy, gradOf) => {
    // The inverse permutation carries dy back to x's layout.
    const back = allocate(x.dtype, x.size)
    k.transpose(dy, outShape, inverse, back)
    k.accumulate(x.size, back, gradOf(x))
  })
}

/** Rows of x (along axis 0) picked by index: how minibatches are cut. */
export function gatherRows(x: Tensor, indices: ArrayLike<number>): Tensor {
  check(x.rank >= 1, 'gatherRows', () => `argument x must have at least one axis, got shape ${formatShape(x.shape)}`)
  const rows = x.shape[0]
  for (let i = 0; i < indices.length; i++) {
    const r = indices[i]
    check(Number.isInteger(r) && r >= 0 && r < rows, 'gatherRows', () => `index ${r} at position ${i} is out of range for ${rows} rows`)
  }
  const rowSize = rows === 0 ? 0 : x.size / rows
  const outShape = [indices.length, ...x.shape.slice(1)]
  const k = kernels()
  const out = allocate(x.dtype, indices.length * rowSize)
  k.gatherRows(x.data, rowSize, indices, out)
  // A row drawn twice (sampling with replacement) receives both gradients.
  return record('gatherRows', out, outShape, [x], (dy, gradOf) => k.scatterAddRows(dy, rowSize, indices, gradOf(x)))
}
