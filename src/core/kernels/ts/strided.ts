import type { Shape } from '../../shape.ts'

/**
 * Strides of `shape` read as if broadcast to `outShape`: a broadcast (size-1 or missing)
 * axis gets stride 0, so one odometer walk over outShape indexes every operand.
 */
export function broadcastStrides(shape: Shape, outShape: Shape): number[] {
  const rank = outShape.length
  const strides = new Array<number>(rank).fill(0)
  let s = 1
  for (let i = shape.length - 1; i >= 0; i--) {
    const o = rank - shape.length + i
    strides[o] = shape[i] === 1 && outShape[o] !== 1 ? 0 : s
    s *= shape[i]
  }
  return strides
}

/**
 * Calls `visit(outIndex, aIndex, bIndex)` for every element of outShape in row-major order.
 * The innermost axis runs as a tight loop; the outer axes advance like an odometer.
 */
export function walk2(outShape: Shape, sa: readonly number[], sb: readonly number[], visit: (o: number, ia: number, ib: number, len: number, da: number, db: number) => void): void {
  const rank = outShape.length
  if (rank === 0) {
    visit(0, 0, 0, 1, 0, 0)
    return
  }
  const inner = outShape[rank - 1]
  const da = sa[rank - 1]
  const db = sb[rank - 1]
  const counter = new Array<number>(rank - 1).fill(0)
  let outer = 1
  for (let i = 0; i < rank - 1; i++) outer *= outShape[i]
  let ia = 0
  let ib = 0
  for (let r = 0; r < outer; r++) {
    visit(r * inner, ia, ib, inner, da, db)
    for (let ax = rank - 2; ax >= 0; ax--) {
      counter[ax]++
      ia += sa[ax]
      ib += sb[ax]
      if (counter[ax] < outShape[ax]) break
      ia -= sa[ax] * outShape[ax]
      ib -= sb[ax] * outShape[ax]
      counter[ax] = 0
    }
  }
}
