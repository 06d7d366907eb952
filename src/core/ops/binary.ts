import { allocate, promote } from '../dtype.ts'
import { broadcastShapes, sizeOf } from '../shape.ts'
import type { Tensor } from '../tensor.ts'
import { record } from '../autograd/record.ts'
import { kernels } from '../kernels/index.ts'
import type { BinaryOp } from '../kernels/index.ts'
import type { TensorLike } from './operand.ts'
import { asTensor, dtypeOfLike } from './operand.ts'

function binaryOp(op: BinaryOp, aLike: TensorLike, bLike: TensorLike): Tensor {
  const dtype = dtypeOfLike(aLike) ?? dtypeOfLike(bLike) ?? 'float32'
  const a = asTensor(aLike, dtype, op, 'a')
  const b = asTensor(bLike, dtype, op, 'b')
  const outShape = broadcastShapes(a.shape, b.shape, op)
  const k = kernels()
  const out = allocate(promote(a.dtype, b.dtype), sizeOf(outShape))
  k.binary(op, a.data, a.shape, b.data, b.shape, out, outShape)
  return record(op, out, outShape, [a, b], (dy, gradOf) => {
    k.binaryBackward(op, {
      a: a.data, aShape: a.shape, b: b.data, bShape: b.shape, y: out, dy, outShape,
      da: a.requiresGrad ? gradOf(a) : null,
      db: b.requiresGrad ? gradOf(b) : null,
    })
  })
}

export const add = (a: TensorLike, b: TensorLike): Tensor => binaryOp('add', a, b)
export const sub = (a: TensorLike, b: TensorLike): Tensor => binaryOp('sub', a, b)
export const mul = (a: TensorLike, b: TensorLike): Tensor => binaryOp('mul', a, b)
export const div = (a: TensorLike, b: TensorLike): Tensor => binaryOp('div', a, b)
export const pow = (a: TensorLike, b: TensorLike): Tensor => binaryOp('pow', a, b)
