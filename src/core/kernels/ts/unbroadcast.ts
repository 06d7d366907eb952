import type { Storage } from '../../dtype.ts'
import type { Shape } from '../../shape.ts'
import { shapesEqual } from '../../shape.ts'
import { accumulate } from './binary.ts'
import { reduceSum } from './reduce.ts'

/** The axes of outShape that broadcasting stretched `target` along (its missing leading axes included). */
export function broadcastAxes(outShape: Shape, target: Shape): number[] {
  const offset = outShape.length - target.length
  const axes: number[] = []
  for (let i = 0; i < outShape.length; i++) {
    if (i < offset || (target[i - offset] === 1 && outShape[i] !== 1)) axes.push(i)
  }
  return axes
}

/**
 * Adds a gradient computed in the broadcast output shape into the accumulator of an
 * input of shape `target`, summing over the axes that broadcasting stretched.
 */
export function accumulateUnbroadcast(g: Storage, outShape: Shape, target: Shape, dst: Storage): void {
  if (shapesEqual(outShape, target)) accumulate(g.length, g, dst)
  else reduceSum(g, outShape, broadcastAxes(outShape, target), dst, true)
}
