import type { Storage } from '../../dtype.ts'
import type { Shape } from '../../shape.ts'
import { shapesEqual } from '../../shape.ts'
import type { BinaryOp } from '../kernels.ts'
import { broadcastStrides, walk2 } from './strided.ts'
import { pow } from '../../math.ts'

function apply(op: BinaryOp, a: Storage, ia: number, da: number, b: Storage, ib: number, db: number, out: Storage, o: number, len: number): void {
  switch (op) {
    case 'add': for (let i = 0; i < len; i++, ia += da, ib += db) out[o + i] = a[ia] + b[ib]; return
    case 'sub': for (let i = 0; i < len; i++, ia += da, ib += db) out[o + i] = a[ia] - b[ib]; return
    case 'mul': for (let i = 0; i < len; i++, ia += da, ib += db) out[o + i] = a[ia] * b[ib]; return
    case 'div': for (let i = 0; i < len; i++, ia += da, ib += db) out[o + i] = a[ia] / b[ib]; return
    case 'pow': for (let i = 0; i < len; i++, ia += da, ib += db) out[o + i] = pow(a[ia], b[ib]); return
  }
}

export function binary(op: BinaryOp, a: Storage, aShape: Shape, b: Storage, bShape: Shape, out: Storage, outShape: Shape): void {
  // Both operands must already have the output's shape: equal input shapes alone do not
  // suffice (two rank-0 operands broadcast into a matrix).
  if (shapesEqual(aShape, outShape) && shapesEqual(bShape, outShape)) {
    apply(op, a, 0, 1, b, 0, 1, out, 0, out.length)
    return
  }
  const sa = broadcastStrides(aShape, outShape)
  const sb = broadcastStrides(bShape, outShape)
  walk2(outShape, sa, sb, (o, ia, ib, len, da, db) => apply(op, a, ia, da, b, ib, db, out, o, len))
}

export function binaryScalar(op: BinaryOp, n: number, x: Storage, s: number, out: Storage): void {
  switch (op) {
    case 'add': for (let i = 0; i < n; i++) out[i] = x[i] + s; return
    case 'sub': for (let i = 0; i < n; i++) out[i] = x[i] - s; return
    case 'mul': for (let i = 0; i < n; i++) out[i] = x[i] * s; return
    case 'div': for (let i = 0; i < n; i++) out[i] = x[i] / s; return
    case 'pow': for (let i = 0; i < n; i++) out[i] = pow(x[i], s); return
  }
}

export function accumulate(n: number, x: Storage, out: Storage): void {
  for (let i = 0; i < n; i++) out[i] += x[i]
}
