import { allocate } from '../dtype.ts'
import { formatShape } from '../shape.ts'
import type { Tensor } from '../tensor.ts'
import { check } from '../errors.ts'
import { record } from '../autograd/record.ts'
import { kernels } from '../kernels/index.ts'

/** Softmax (or log-softmax) over the last axis, each row shifted by its maximum for stability. */
function softmaxOver(x: Tensor, log: boolean): Tensor {
  const op = log ? 'logSoftmax' : 'softmax'
  check(x.rank >= 1, op, () => `argument x must have at least one axis, got shape ${formatShape(x.shape)}`)
  const cols = x.shape[x.rank - 1]
  const rows = cols === 0 ? 0 : x.size / cols
  const k = kernels()
  const out = allocate(x.dtype, x.size)
  k.softmaxRows(x.data, out, rows, cols, log)
  return record(op, out, x.shape, [x], (dy, gradOf) => k.softmaxRowsBackward(out, dy, gradOf(x), rows, cols, log))
}

/** Softmax over the last axis, computed stably by subtracting each row's maximum. */
export function softmax(x: Tensor): Tensor {
  return softmaxOver(x, false)
}

/** log(softmax(x)) over the last axis, as x − max − log Σ exp(x − max). */
export function logSoftmax(x: Tensor): Tensor {
  return softmaxOver(x, true)
}
