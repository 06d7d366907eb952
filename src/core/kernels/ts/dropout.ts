import type { Storage } from '../../dtype.ts'

// Divided by keep, not multiplied by 1/keep, as Keras does: the two round differently.
export function dropout(n: number, x: Storage, noise: Storage, keep: number, out: Storage): void {
  for (let i = 0; i < n; i++) out[i] = noise[i] < keep ? x[i] / keep : 0
}

export function dropoutBackward(n: number, noise: Storage, keep: number, dy: Storage, dx: Storage): void {
  for (let i = 0; i < n; i++) if (noise[i] < keep) dx[i] += dy[i] / keep
}
