import type { Storage } from '../../dtype.ts'
import { exp, log as ln } from '../../math.ts'

export function softmaxRows(x: Storage, out: Storage, rows: number, cols: number, log: boolean): void {
  for (let r = 0; r < rows; r++) {
    const base = r * cols
    let max = -Infinity
    for (let c = 0; c < cols; c++) if (x[base + c] > max) max = x[base + c]
    let sum = 0
    for (let c = 0; c < cols; c++) sum += exp(x[base + c] - max)
    if (log) {
      const lse = ln(sum)
      for (let c = 0; c < cols; c++) out[base + c] = x[base + c] - max - lse
    } else {
      for (let c = 0; c < cols; c++) out[base + c] = exp(x[base + c] - max) / sum
    }
  }
}

export function softmaxRowsBackward(y: Storage, dy: Storage, dx: Storage, rows: number, cols: number, log: boolean): void {
  for (let r = 0; r < rows; r++) {
    const base = r * cols
    if (log) {
      // dx = dy − softmax(x)·Σ dy, with softmax(x) = exp(y).
      let total = 0
      for (let c = 0; c < cols; c++) total += dy[base + c]
      for (let c = 0; c < cols; c++) dx[base + c] += dy[base + c] - exp(y[base + c]) * total
    } else {
      let dot = 0
      for (let c = 0; c < cols; c++) dot += dy[base + c] * y[base + c]
      for (let c = 0; c < cols; c++) dx[base + c] += y[base + c] * (dy[base + c] - dot)
    }
  }
}
