import { allocate } from '../dtype.ts'
import type { Tensor } from '../tensor.ts'
import { record } from '../autograd/record.ts'
import { kernels } from '../kernels/index.ts'
import type { UnaryOp } from '../kernels/index.ts'

function unaryOp(op: UnaryOp, x: Tensor): Tensor {
  const k = kernels()
  const out = allocate(x.dtype, x.size)
  k.unary(op, x.size, x.data, out)
  return record(op, out, x.shape, [x], (dy, gradOf) => k.unaryBackward(op, x.size, x.data, out, dy, gradOf(x)))
}

export const neg = (x: Tensor): Tensor => unaryOp('neg', x)
export const exp = (x: Tensor): Tensor => unaryOp('exp', x)
export const log = (x: Tensor): Tensor => unaryOp('log', x)
export const sqrt = (x: Tensor): Tensor => unaryOp('sqrt', x)
export const square = (x: Tensor): Tensor => unaryOp('square', x)
export const abs = (x: Tensor): Tensor => unaryOp('abs', x)
export const relu = (x: Tensor): Tensor => unaryOp('relu', x)
export const sigmoid = (x: Tensor): Tensor => unaryOp('sigmoid', x)
export const tanh = (x: Tensor): Tensor => unaryOp('tanh', x)
export const softplus = (x: Tensor): Tensor => unaryOp('softplus', x)
