import type { Storage } from '../../dtype.ts'

export function gatherRows(x: Storage, rowSize: number, indices: ArrayLike<number>, out: Storage): void {
  for (let i = 0; i < indices.length; i++) {
    const src = indices[i] * rowSize
    out.set(x.subarray(src, src + rowSize), i * rowSize)
  }
}

export function scatterAddRows(x: Storage, rowSize: number, indices: ArrayLike<number>, out: Storage): void {
  for (let i = 0; i < indices.length; i++) {
    const dst = indices[i] * rowSize
    const src = i * rowSize
    for (let j = 0; j < rowSize; j++) out[dst + j] += x[src + j]
  }
}
