import type { Storage } from '../../dtype.ts'
import type { FusedActivation, SmoothActivation } from '../kernels.ts'
import { erf } from './erf.ts'
import { exp, expm1, log1p, tanh } from '../../math.ts'

export function sigmoid(v: number): number {
  // Split by sign so exp never overflows.
  if (v >= 0) return 1 / (1 + exp(-v))
  const e = exp(v)
  return e / (1 + e)
}

/** log(1 + eˣ) without overflow for large x or lost digits for very negative x. */
export function softplus(v: number): number {
  return Math.max(v, 0) + log1p(exp(-Math.abs(v)))
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
      for (let i = 0; i < size; i++) x[i] = tanh(x[i])
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

// Keras' constants: SELU's from Klambauer et al. (2017), leaky ReLU's default slope.
const SELU_ALPHA = 1.6732632423543772848170429916717
const SELU_SCALE = 1.0507009873554804934193349852946
const LEAKY_SLOPE = 0.2
const SQRT_HALF = Math.SQRT1_2
const INV_SQRT_2PI = 0.3989422804014327

const SMOOTH: readonly string[] = ['softplus', 'elu', 'selu', 'gelu', 'silu', 'leaky_relu'] satisfies SmoothActivation[]

export function isSmoothActivation(op: string): op is SmoothActivation {
  return SMOOTH.includes(op)
}

/** Φ(x), the standard normal CDF: exact GELU is x·Φ(x). */
function normalCdf(v: number): number {
  return 0.5 * (1 + erf(v * SQRT_HALF))
}

/** out = act(x) for the activations that keep their input for the backward pass. */
export function smoothActivation(op: SmoothActivation, n: number, x: Storage, out: Storage): void {
  switch (op) {
    case 'softplus': for (let i = 0; i < n; i++) out[i] = softplus(x[i]); return
    case 'elu': for (let i = 0; i < n; i++) out[i] = x[i] >= 0 ? x[i] : expm1(x[i]); return
    case 'selu': for (let i = 0; i < n; i++) out[i] = SELU_SCALE * (x[i] >= 0 ? x[i] : SELU_ALPHA * expm1(x[i])); return
    case 'gelu': for (let i = 0; i < n; i++) out[i] = x[i] * normalCdf(x[i]); return
    case 'silu': for (let i = 0; i < n; i++) out[i] = x[i] * sigmoid(x[i]); return
    case 'leaky_relu': for (let i = 0; i < n; i++) out[i] = x[i] > 0 ? x[i] : LEAKY_SLOPE * x[i]; return
  }
}

/**
 * dx += dy · act'(x): the one place these derivatives are written. At the kinks (0) they
 * take TensorFlow's side: elu′(0) = 1, leaky_relu′(0) = the slope.
 */
export function smoothActivationBackward(op: SmoothActivation, n: number, x: Storage, dy: Storage, dx: Storage): void {
  switch (op) {
    case 'softplus': for (let i = 0; i < n; i++) dx[i] += dy[i] * sigmoid(x[i]); return
    case 'elu': for (let i = 0; i < n; i++) dx[i] += x[i] >= 0 ? dy[i] : dy[i] * exp(x[i]); return
    case 'selu': for (let i = 0; i < n; i++) dx[i] += dy[i] * SELU_SCALE * (x[i] >= 0 ? 1 : SELU_ALPHA * exp(x[i])); return
    case 'gelu': for (let i = 0; i < n; i++) dx[i] += dy[i] * (normalCdf(x[i]) + x[i] * INV_SQRT_2PI * exp(-0.5 * x[i] * x[i])); return
    case 'silu':
      for (let i = 0; i < n; i++) {
        const s = sigmoid(x[i])
        dx[i] += dy[i] * s * (1 + x[i] * (1 - s))
      }
      return
    case 'leaky_relu': for (let i = 0; i < n; i++) dx[i] += x[i] > 0 ? dy[i] : dy[i] * LEAKY_SLOPE; return
  }
}
