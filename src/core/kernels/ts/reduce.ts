import type { Storage } from '../../dtype.ts'
import type { Shape } from '../../shape.ts'
import { broadcastStrides, walk2 } from './strided.ts'

/** x's shape with the reduced axes set to 1: the shape `out` is indexed with. */
function keptShape(shape: Shape, axes: readonly number[]): number[] {
  return shape.map((d, i) => (axes.includes(i) ? 1 : d))
}

export function reduceSum(x: Storage, shape: Shape, axes: readonly number[], out: Storage, accumulate: boolean): void {
  if (!accumulate) out.fill(0)
  const rank = shape.length
  // Fast paths for the two reductions training runs all the time on matrices.
  if (rank === 2 && axes.length === 1) {
    const [rows, cols] = shape
    if (axes[0] === 0) {
      for (let r = 0; r < rows; r++) {
        const base = r * cols
        for (let c = 0; c < cols; c++) out[c] += x[base + c]
      }
    } else {
      for (let r = 0; r < rows; r++) {
        const base = r * cols
        let s = 0
        for (let c = 0; c < cols; c++) s += x[base + c]
        out[r] += s
      }
    }
    return
  }
  if (axes.length === rank) {
    let s = 0
    for (let i = 0; i < x.length; i++) s += x[i]
    out[0] += s
    return
  }
  const so = broadcastStrides(keptShape(shape, axes), shape)
  const sx = broadcastStrides(shape, shape)
  walk2(shape, so, sx, (_o, io, ix, len, dout, dxs) => {
    for (let i = 0; i < len; i++, io += dout, ix += dxs) out[io] += x[ix]
  })
}

export function reduceMax(x: Storage, shape: Shape, axes: readonly number[], out: Storage, argmax: Int32Array): void {
  out.fill(-Infinity)
  argmax.fill(-1)
  const so = broadcastStrides(keptShape(shape, axes), shape)
  const sx = broadcastStrides(shape, shape)
  walk2(shape, so, sx, (_o, io, ix, len, dout, dxs) => {
    for (let i = 0; i < len; i++, io += dout, ix += dxs) {
      // NaN wins, so a diverged value is not hidden by the max.
      const v = x[ix]
      if (v > out[io] || argmax[io] < 0 || Number.isNaN(v)) {
        out[io] = v
        argmax[io] = ix
      }
    }
  })
}

export function broadcastAccumulate(x: Storage, xShape: Shape, out: Storage, outShape: Shape, scale: number): void {
  walk2(outShape, broadcastStrides(outShape, outShape), broadcastStrides(xShape, outShape), (_o, io, ix, len, dos, dxs) => {
    for (let i = 0; i < len; i++, io += dos, ix += dxs) out[io] += x[ix] * scale
  })
}
