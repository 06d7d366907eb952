import type { DType } from '../dtype.ts'
import { fromNumbers } from '../dtype.ts'
import { Tensor } from '../tensor.ts'
import { check } from '../errors.ts'

/** What an op accepts for a tensor argument: a tensor, or a plain number as a scalar. */
export type TensorLike = Tensor | number

export function asTensor(x: TensorLike, dtype: DType, op: string, arg: string): Tensor {
  if (x instanceof Tensor) return x
  check(typeof x === 'number', op, () => `argument ${arg} must be a Tensor or a number, got ${typeof x}`)
  return Tensor.constant(fromNumbers(dtype, [x]), [])
}

export function dtypeOfLike(x: TensorLike): DType | undefined {
  return x instanceof Tensor ? x.dtype : undefined
}
