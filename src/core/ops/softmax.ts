import { allocate } from '../dtype.ts'
import type { Storage } from '../dtype.ts'
import { formatShape } from '../shape.ts'
import type { Tensor } from '../tensor.ts'
import { check } from '../errors.ts'
import { record } from '../autograd/record.ts'
import { kernels } from '../kernels/index.ts'

function rowsOf(x: Tensor, op: string): { rows: number; cols: number } {
  check(x.rank >= 1, op, () => `argument x must have at least one axis, got shape ${formatShape(x.shape)}`)
  const cols = x.shape[x.rank - 1]
  return { rows: cols === 0 ? 0 : x.size / cols, cols }
}

/** dx += y ⊙ (dy − Σ dy⊙y), row by row. */
export function softmaxBackward(y: Storage, dy: Storage, dx: Storage, rows: number, cols: number): void {
  for (let r = 0; r < rows; r++) {
    const base = r * cols
    let dot = 0
    for (let c = 0; c < cols; c++) dot += dy[base + c] * y[base + c]
    for (let c = 0; c < cols; c++) dx[base + c] += y[base + c] * (dy[base + c] - dot)
  }
}

/** Softmax over the last axis, computed stably by subtracting each row's maximum. */
export function softmax(x: Tensor): Tensor {
  const { rows, cols } = rowsOf(x, 'softmax')
  const out = allocate(x.dtype, x.size)
  kernels().softmaxRows(x.data, out, rows, cols, false)
  return record('softmax', out, x.shape, [x], (dy, gradOf) => softmaxBackward(out, dy, gradOf(x), rows, cols))
}

/** log(softmax(x)) over the last axis, as x − max − log Σ exp(x − max). */
export function logSoftmax(x: Tensor): Tensor {
  const { rows, cols } = rowsOf(x, 'logSoftmax')
  const out = allocate(x.dtype, x.size)
  kernels().softmaxRows(x.data, out, rows, cols, true)
  return record('logSoftmax', out, x.shape, [x], (dy, gradOf) => {
    // dx = dy − softmax(x)·Σ dy, with softmax(x) = exp(out).
    const dx = gradOf(x)
    for (let r = 0; r < rows; r++) {
      const base = r * cols
      let total = 0
      for (let c = 0; c < cols; c++) total += dy[base + c]
      for (let c = 0; c < cols; c++) dx[base + c] += dy[base + c] - Math.exp(out[base + c]) * total
    }
  })
}
