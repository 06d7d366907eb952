import type { Storage } from '../../dtype.ts'

export function clip(n: number, x: Storage, min: number, max: number, out: Storage): void {
  for (let i = 0; i < n; i++) out[i] = x[i] < min ? min : x[i] > max ? max : x[i]
}

/** The gradient passes only where x was inside the range (bounds included). */
export function clipBackward(n: number, x: Storage, min: number, max: number, dy: Storage, dx: Storage): void {
  for (let i = 0; i < n; i++) if (x[i] >= min && x[i] <= max) dx[i] += dy[i]
}
