import type { Storage } from '../dtype.ts'
import type { Shape } from '../shape.ts'
import { Tensor } from '../tensor.ts'
import type { BackwardFn } from '../tensor.ts'
import { isGradEnabled } from './mode.ts'

/**
 * Wraps an op's result. The backward function and the parents are kept only when a
 * gradient can flow, so inference allocates no graph.
 */
export function record(op: string, data: Storage, shape: Shape, parents: readonly Tensor[], backward: BackwardFn): Tensor {
  if (isGradEnabled()) {
    for (const p of parents) {
      if (p.requiresGrad) return Tensor.fromOp(op, data, shape, { parents, backward })
    }
  }
  return Tensor.fromOp(op, data, shape)
}
