import { allocate, dtypeOf, promote } from '../dtype.ts'
import type { Storage } from '../dtype.ts'
import type { Shape } from '../shape.ts'
import { broadcastShapes, sizeOf, shapesEqual } from '../shape.ts'
import type { Tensor } from '../tensor.ts'
import { record } from '../autograd/record.ts'
import { kernels } from '../kernels/index.ts'
import type { BinaryOp } from '../kernels/index.ts'
import type { TensorLike } from './operand.ts'
import { asTensor, dtypeOfLike } from './operand.ts'
import { accumulateUnbroadcast } from './unbroadcast.ts'

/** Per-element partial derivatives, written in the output shape. */
type Partials = (a: Storage, b: Storage, y: Storage, dy: Storage, outShape: Shape, aShape: Shape, bShape: Shape) => { da: Storage | null; db: Storage | null }

function broadcastTo(x: Storage, shape: Shape, outShape: Shape): Storage {
  if (shapesEqual(shape, outShape)) return x
  const out = allocate(dtypeOf(x), sizeOf(outShape))
  const zero = allocate('float64', 1)
  kernels().binary('add', x, shape, zero, [], out, outShape)
  return out
}

function times(dy: Storage, v: Storage): Storage {
  const out = allocate(dtypeOf(dy), dy.length)
  for (let i = 0; i < dy.length; i++) out[i] = dy[i] * v[i]
  return out
}

function negated(dy: Storage): Storage {
  const out = allocate(dtypeOf(dy), dy.length)
  for (let i = 0; i < dy.length; i++) out[i] = -dy[i]
  return out
}

const partials: Record<BinaryOp, Partials> = {
  add: (_a, _b, _y, dy) => ({ da: dy, db: dy }),
  sub: (_a, _b, _y, dy) => ({ da: dy, db: negated(dy) }),
  mul: (a, b, _y, dy, outShape, aShape, bShape) => ({
    da: times(dy, broadcastTo(b, bShape, outShape)),
    db: times(dy, broadcastTo(a, aShape, outShape)),
  }),
  div: (_a, b, y, dy, outShape, _aShape, bShape) => {
    const bb = broadcastTo(b, bShape, outShape)
    const da = allocate(dtypeOf(dy), dy.length)
    const db = allocate(dtypeOf(dy), dy.length)
    for (let i = 0; i < dy.length; i++) {
      da[i] = dy[i] / bb[i]
      db[i] = (-dy[i] * y[i]) / bb[i]
    }
    return { da, db }
  },
  pow: (a, b, y, dy, outShape, aShape, bShape) => {
    const aa = broadcastTo(a, aShape, outShape)
    const bb = broadcastTo(b, bShape, outShape)
    const da = allocate(dtypeOf(dy), dy.length)
    const db = allocate(dtypeOf(dy), dy.length)
    for (let i = 0; i < dy.length; i++) {
      da[i] = bb[i] === 0 ? 0 : dy[i] * bb[i] * Math.pow(aa[i], bb[i] - 1)
      // d(a^b)/db = a^b·ln a, defined for a > 0; TensorFlow also uses 0 elsewhere.
      db[i] = aa[i] > 0 ? dy[i] * y[i] * Math.log(aa[i]) : 0
    }
    return { da, db }
  },
}

function binaryOp(op: BinaryOp, aLike: TensorLike, bLike: TensorLike): Tensor {
  const dtype = dtypeOfLike(aLike) ?? dtypeOfLike(bLike) ?? 'float32'
  const a = asTensor(aLike, dtype, op, 'a')
  const b = asTensor(bLike, dtype, op, 'b')
  const outShape = broadcastShapes(a.shape, b.shape, op)
  const out = allocate(promote(a.dtype, b.dtype), sizeOf(outShape))
  kernels().binary(op, a.data, a.shape, b.data, b.shape, out, outShape)
  return record(op, out, outShape, [a, b], (dy, gradOf) => {
    const { da, db } = partials[op](a.data, b.data, out, dy, outShape, a.shape, b.shape)
    if (a.requiresGrad && da) accumulateUnbroadcast(da, outShape, a.shape, gradOf(a))
    if (b.requiresGrad && db) accumulateUnbroadcast(db, outShape, b.shape, gradOf(b))
  })
}

export const add = (a: TensorLike, b: TensorLike): Tensor => binaryOp('add', a, b)
export const sub = (a: TensorLike, b: TensorLike): Tensor => binaryOp('sub', a, b)
export const mul = (a: TensorLike, b: TensorLike): Tensor => binaryOp('mul', a, b)
export const div = (a: TensorLike, b: TensorLike): Tensor => binaryOp('div', a, b)
export const pow = (a: TensorLike, b: TensorLike): Tensor => binaryOp('pow', a, b)
