import type { Storage } from './dtype.ts'
import type { Shape } from './shape.ts'

/**
 * Copies the part two arrays of the same rank share (the leading rows and columns of a
 * kernel, the leading entries of a bias) from `from` into `to`, which keeps its own values
 * elsewhere — or, with `newRows: 'zero'`, zeros a matrix's rows past `from`'s: a kernel
 * whose layer gained inputs then ignores them, so the function it computes is unchanged.
 * Arrays of different ranks share nothing.
 */
export function copyOverlap(from: Storage, fromShape: Shape, to: Storage, toShape: Shape, newRows: 'zero' | 'keep' = 'keep'): void {
  if (fromShape.length !== toShape.length || fromShape.length > 2) return
  if (fromShape.length === 0) {
    to[0] = from[0]
    return
  }
  const fromCols = fromShape.length === 2 ? fromShape[1] : 1
  const toCols = toShape.length === 2 ? toShape[1] : 1
  const cols = Math.min(fromCols, toCols)
  for (let r = 0; r < toShape[0]; r++) {
    if (r >= fromShape[0]) {
      if (newRows === 'zero' && toShape.length === 2) to.fill(0, r * toCols, (r + 1) * toCols)
      continue
    }
    for (let c = 0; c < cols; c++) to[r * toCols + c] = from[r * fromCols + c]
  }
}
