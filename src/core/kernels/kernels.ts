import type { Storage } from '../dtype.ts'
import type { Shape } from '../shape.ts'

export type UnaryOp = 'neg' | 'exp' | 'log' | 'sqrt' | 'square' | 'abs' | 'relu' | 'sigmoid' | 'tanh' | 'softplus'
export type BinaryOp = 'add' | 'sub' | 'mul' | 'div' | 'pow'
/** Elementwise activations a Dense kernel can fuse into its epilogue. */
export type FusedActivation = 'linear' | 'relu' | 'sigmoid' | 'tanh'

export interface MatmulSpec {
  /** op(A) is m×k: A is stored m×k, or k×m when transA. */
  a: Storage
  /** op(B) is k×n: B is stored k×n, or n×k when transB. */
  b: Storage
  /** C is m×n, row-major. */
  c: Storage
  m: number
  k: number
  n: number
  transA?: boolean
  transB?: boolean
  /** C += op(A)·op(B) instead of C = …: lets backward accumulate without a temporary. */
  accumulate?: boolean
  /** Added to every row of the result (length n). */
  bias?: Storage
  /** Applied elementwise after the bias. */
  activation?: FusedActivation
}

/**
 * The numeric loops the ops run on. Everything above this interface (ops, autograd,
 * layers) is independent of how the loops are written, so a WebAssembly SIMD set can
 * replace the TypeScript one by implementing this interface.
 */
export interface Kernels {
  readonly name: string
  matmul(spec: MatmulSpec): void
  unary(op: UnaryOp, x: Storage, out: Storage): void
  /** dx += dy · op'(x), where y = op(x) is given because some derivatives use it. */
  unaryBackward(op: UnaryOp, x: Storage, y: Storage, dy: Storage, dx: Storage): void
  /** out = a op b with NumPy broadcasting of aShape and bShape to outShape. */
  binary(op: BinaryOp, a: Storage, aShape: Shape, b: Storage, bShape: Shape, out: Storage, outShape: Shape): void
  /** out (+)= the sum of x over `axes` (sorted); out has x's shape with those axes set to 1. */
  reduceSum(x: Storage, shape: Shape, axes: readonly number[], out: Storage, accumulate: boolean): void
  /** out += scale · x broadcast from xShape to outShape: the adjoint of reduceSum. */
  broadcastAccumulate(x: Storage, xShape: Shape, out: Storage, outShape: Shape, scale: number): void
  /** out = the max of x over `axes`; argmax receives the flat index of each winner in x. */
  reduceMax(x: Storage, shape: Shape, axes: readonly number[], out: Storage, argmax: Int32Array): void
  /** Softmax (or log-softmax) of each row of a rows×cols matrix, shifted by the row max. */
  softmaxRows(x: Storage, out: Storage, rows: number, cols: number, log: boolean): void
  /** out[i] = x[indices[i]] for rows of length rowSize. */
  gatherRows(x: Storage, rowSize: number, indices: ArrayLike<number>, out: Storage): void
  /** out = x with its axes permuted: out axis i is x axis perm[i]. */
  transpose(x: Storage, shape: Shape, perm: readonly number[], out: Storage): void
}
