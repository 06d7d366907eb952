import type { Storage } from '../../dtype.ts'
import type { UnaryOp } from '../kernels.ts'
import { activationBackward, isSmoothActivation, sigmoid, smoothActivation, smoothActivationBackward } from './activation.ts'
import { exp, log, tanh } from '../../math.ts'

// One loop per op: a switch inside the loop would be paid per element.
export function unary(op: UnaryOp, n: number, x: Storage, out: Storage): void {
  if (isSmoothActivation(op)) return smoothActivation(op, n, x, out)
  switch (op) {
    case 'neg': for (let i = 0; i < n; i++) out[i] = -x[i]; return
    case 'exp': for (let i = 0; i < n; i++) out[i] = exp(x[i]); return
    case 'log': for (let i = 0; i < n; i++) out[i] = log(x[i]); return
    case 'sqrt': for (let i = 0; i < n; i++) out[i] = Math.sqrt(x[i]); return
    case 'square': for (let i = 0; i < n; i++) out[i] = x[i] * x[i]; return
    case 'abs': for (let i = 0; i < n; i++) out[i] = Math.abs(x[i]); return
    case 'relu': for (let i = 0; i < n; i++) out[i] = x[i] > 0 ? x[i] : 0; return
    case 'sigmoid': for (let i = 0; i < n; i++) out[i] = sigmoid(x[i]); return
    case 'tanh': for (let i = 0; i < n; i++) out[i] = tanh(x[i]); return
  }
}

export function unaryBackward(op: UnaryOp, n: number, x: Storage, y: Storage, dy: Storage, dx: Storage): void {
  if (isSmoothActivation(op)) return smoothActivationBackward(op, n, x, dy, dx)
  switch (op) {
    case 'neg': for (let i = 0; i < n; i++) dx[i] -= dy[i]; return
    case 'exp': for (let i = 0; i < n; i++) dx[i] += dy[i] * y[i]; return
    case 'log': for (let i = 0; i < n; i++) dx[i] += dy[i] / x[i]; return
    case 'sqrt': for (let i = 0; i < n; i++) dx[i] += dy[i] * 0.5 / y[i]; return
    case 'square': for (let i = 0; i < n; i++) dx[i] += dy[i] * 2 * x[i]; return
    case 'abs': for (let i = 0; i < n; i++) dx[i] += dy[i] * Math.sign(x[i]); return
    // Their derivatives are functions of the output, written once for Dense and these ops.
    case 'relu':
    case 'sigmoid':
    case 'tanh':
      return activationBackward(op, n, y, dy, dx)
  }
}
