import type { LocatedWeight } from './locate-weight.ts'
import { sliced } from './sliced.ts'
import type { SliceControl } from './sliced.ts'

/** A sweep's range must run upward; `which` names the weight when there are several. */
export function checkRange(from: number, to: number, which = ''): void {
  if (!(to > from)) throw new Error(`${which === '' ? '' : `weight ${which}: `}to (${to}) must be greater than from (${from})`)
}

/**
 * The loss with one weight set to each of `values` in turn, every other weight as it is.
 * The weight is overwritten in place (the model is the sweep's own copy) and keeps the last value.
 */
export function lossAlong(weight: LocatedWeight, values: ArrayLike<number>, loss: () => number, control: SliceControl): Promise<Float64Array> {
  return sliced(
    values.length,
    (k) => {
      weight.data[weight.index] = values[k]
      return loss()
    },
    control,
  )
}

/**
 * The loss over a plane of two weights, row by row: entry i·xs.length + j has weight a at
 * xs[j] and weight b at ys[i], so row i is a line of constant b.
 */
export function lossOverPlane(a: LocatedWeight, b: LocatedWeight, xs: ArrayLike<number>, ys: ArrayLike<number>, loss: () => number, control: SliceControl): Promise<Float64Array> {
  const n = xs.length
  return sliced(
    n * ys.length,
    (k) => {
      a.data[a.index] = xs[k % n]
      b.data[b.index] = ys[Math.floor(k / n)]
      return loss()
    },
    control,
  )
}
