import { allocate, dtypeOf } from '../../dtype.ts'
import type { Storage } from '../../dtype.ts'
import { shapesEqual } from '../../shape.ts'
import type { BinaryGradSpec, BinaryOp } from '../kernels.ts'
import { broadcastStrides, walk2 } from './strided.ts'
import { accumulateUnbroadcast } from './unbroadcast.ts'
import { log, pow } from '../../math.ts'

type Operand = 'a' | 'b'

/** out[o…o+len) = dy · ∂y/∂(operand) for one run of the output, reading a and b at their strides. */
function partialRun(op: Exclude<BinaryOp, 'add'>, wrt: Operand, s: BinaryGradSpec, out: Storage, o: number, ia: number, sa: number, ib: number, sb: number, len: number): void {
  const { a, b, y, dy } = s
  switch (op) {
    case 'sub':
      // Only b's partial is computed: a's is dy itself.
      for (let i = o; i < o + len; i++) out[i] = -dy[i]
      return
    case 'mul':
      if (wrt === 'a') for (let i = o; i < o + len; i++, ib += sb) out[i] = dy[i] * b[ib]
      else for (let i = o; i < o + len; i++, ia += sa) out[i] = dy[i] * a[ia]
      return
    case 'div':
      if (wrt === 'a') for (let i = o; i < o + len; i++, ib += sb) out[i] = dy[i] / b[ib]
      else for (let i = o; i < o + len; i++, ib += sb) out[i] = (-dy[i] * y[i]) / b[ib]
      return
    case 'pow':
      if (wrt === 'a') for (let i = o; i < o + len; i++, ia += sa, ib += sb) out[i] = b[ib] === 0 ? 0 : dy[i] * b[ib] * pow(a[ia], b[ib] - 1)
      // d(a^b)/db = a^b·ln a, defined for a > 0; TensorFlow also uses 0 elsewhere.
      else for (let i = o; i < o + len; i++, ia += sa) out[i] = a[ia] > 0 ? dy[i] * y[i] * log(a[ia]) : 0
      return
  }
}

/**
 * dy · ∂y/∂(operand) in the output shape, rounded to dy's precision before it is summed
 * over broadcast axes (the order of roundings is part of the results).
 */
function partial(op: BinaryOp, wrt: Operand, s: BinaryGradSpec): Storage {
  // ∂y/∂a is 1: dy itself passes through, without a copy.
  if (op === 'add' || (op === 'sub' && wrt === 'a')) return s.dy
  const out = allocate(dtypeOf(s.dy), s.dy.length)
  if (shapesEqual(s.aShape, s.outShape) && shapesEqual(s.bShape, s.outShape)) {
    partialRun(op, wrt, s, out, 0, 0, 1, 0, 1, out.length)
  } else {
    const sa = broadcastStrides(s.aShape, s.outShape)
    const sb = broadcastStrides(s.bShape, s.outShape)
    walk2(s.outShape, sa, sb, (o, ia, ib, len, da, db) => partialRun(op, wrt, s, out, o, ia, da, ib, db, len))
  }
  return out
}

export function binaryBackward(op: BinaryOp, s: BinaryGradSpec): void {
  if (s.da) accumulateUnbroadcast(partial(op, 'a', s), s.outShape, s.aShape, s.da)
  if (s.db) accumulateUnbroadcast(partial(op, 'b', s), s.outShape, s.bShape, s.db)
}
