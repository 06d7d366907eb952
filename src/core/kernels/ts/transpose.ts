import type { Storage } from '../../dtype.ts'
import type { Shape } from '../../shape.ts'
import { stridesOf } from '../../shape.ts'

export function transpose(x: Storage, shape: Shape, perm: readonly number[], out: Storage): void {
  if (shape.length === 2 && perm[0] === 1) {
    const [rows, cols] = shape
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) out[c * rows + r] = x[r * cols + c]
    return
  }
  const inStrides = stridesOf(shape)
  const outShape = perm.map((p) => shape[p])
  const rank = shape.length
  const counter = new Array<number>(rank).fill(0)
  const step = perm.map((p) => inStrides[p])
  let src = 0
  for (let o = 0; o < out.length; o++) {
    out[o] = x[src]
    for (let ax = rank - 1; ax >= 0; ax--) {
      counter[ax]++
      src += step[ax]
      if (counter[ax] < outShape[ax]) break
      src -= step[ax] * outShape[ax]
      counter[ax] = 0
    }
  }
}
