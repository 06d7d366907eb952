import type { Storage } from '../dtype.ts'
import type { Shape } from '../shape.ts'
import { shapesEqual } from '../shape.ts'
import { kernels } from '../kernels/index.ts'

/**
 * Adds a gradient computed in the broadcast output shape into the accumulator of an
 * input of shape `target`, summing over the axes that broadcasting stretched.
 */
export function accumulateUnbroadcast(g: Storage, outShape: Shape, target: Shape, dst: Storage): void {
  if (shapesEqual(outShape, target)) {
    for (let i = 0; i < g.length; i++) dst[i] += g[i]
    return
  }
  const offset = outShape.length - target.length
  const axes: number[] = []
  for (let i = 0; i < outShape.length; i++) {
    const d = i < offset ? 1 : target[i - offset]
    if (d === 1 && outShape[i] !== 1) axes.push(i)
    else if (i < offset) axes.push(i)
  }
  kernels().reduceSum(g, outShape, axes, dst, true)
}
