import type { Storage } from '../../dtype.ts'
import type { FusedActivation } from '../kernels.ts'

export function sigmoid(v: number): number {
  // Split by sign so exp never overflows.
  if (v >= 0) return 1 / (1 + Math.exp(-v))
  const e = Math.exp(v)
  return e / (1 + e)
}

/** log(1 + eˣ) without overflow for large x or lost digits for very negative x. */
export function softplus(v: number): number {
  return Math.max(v, 0) + Math.log1p(Math.exp(-Math.abs(v)))
}

export function applyActivationInPlace(activation: FusedActivation, x: Storage, size: number): void {
  switch (activation) {
    case 'linear':
      return
    case 'relu':
      for (let i = 0; i < size; i++) if (x[i] < 0) x[i] = 0
      return
    case 'sigmoid':
      for (let i = 0; i < size; i++) x[i] = sigmoid(x[i])
      return
    case 'tanh':
      for (let i = 0; i < size; i++) x[i] = Math.tanh(x[i])
      return
  }
}

/**
 * dx += dy · act'(z) from y = act(z): the one place each of these derivatives is written,
 * shared by the unary ops and Dense's fused activation. ReLU'(0) = 0, as in TensorFlow
 * (y > 0 exactly where z > 0).
 */
export function activationBackward(activation: FusedActivation, n: number, y: Storage, dy: Storage, dx: Storage): void {
  switch (activation) {
    case 'linear': for (let i = 0; i < n; i++) dx[i] += dy[i]; return
    case 'relu': for (let i = 0; i < n; i++) if (y[i] > 0) dx[i] += dy[i]; return
    case 'sigmoid': for (let i = 0; i < n; i++) dx[i] += dy[i] * y[i] * (1 - y[i]); return
    case 'tanh': for (let i = 0; i < n; i++) dx[i] += dy[i] * (1 - y[i] * y[i]); return
  }
}
