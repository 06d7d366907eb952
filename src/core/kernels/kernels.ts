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

/** The backward pass of y = a op b, with NumPy broadcasting of a and b to outShape. */
export interface BinaryGradSpec {
  a: Storage
  aShape: Shape
  b: Storage
  bShape: Shape
  /** The forward result y, in outShape: some derivatives (div, pow) read it. */
  y: Storage
  /** The upstream gradient, in outShape. */
  dy: Storage
  outShape: Shape
  /** a's gradient accumulator (aShape), or null when a needs no gradient. */
  da: Storage | null
  /** b's gradient accumulator (bShape), or null when b needs no gradient. */
  db: Storage | null
}

/**
 * The numeric loops the ops run on. Everything above this interface (ops, autograd,
 * layers) is independent of how the loops are written, so a WebAssembly SIMD set can
 * replace any of them by implementing this interface. Like XNNPACK's micro-kernels and
 * tfjs' backend kernels, each is named for one computation and takes typed arrays with
 * explicit sizes, shapes or row geometry, never a per-element callback.
 *
 * Conventions: `out` is written; `dx`, `da`, `db` and the like are gradient accumulators
 * that a backward kernel adds into (a tensor used twice receives both contributions).
 * Elementwise kernels read and write the first `n` values of their arrays. Every kernel
 * must give the TypeScript set's results bit for bit (same operations, same order, same
 * rounding to the arrays' float32/float64), so switching sets never changes a number.
 */
export interface Kernels {
  readonly name: string

  // Products.
  matmul(spec: MatmulSpec): void

  // Elementwise, over n values.
  unary(op: UnaryOp, n: number, x: Storage, out: Storage): void
  /** dx += dy · op'(x), where y = op(x) is given because some derivatives use it. */
  unaryBackward(op: UnaryOp, n: number, x: Storage, y: Storage, dy: Storage, dx: Storage): void
  /**
   * dx += dy · act'(z) from the activation's output y = act(z) alone, which is all a
   * fused Dense keeps. unaryBackward uses the same loops for these activations.
   */
  activationBackward(activation: FusedActivation, n: number, y: Storage, dy: Storage, dx: Storage): void
  /** out = x op scalar (XNNPACK's vaddc, vmulc, …); out may be x. */
  binaryScalar(op: BinaryOp, n: number, x: Storage, scalar: number, out: Storage): void
  /** out += x: gradients passed through unchanged (reshape, identity, autograd's sums). */
  accumulate(n: number, x: Storage, out: Storage): void
  /** out = x limited to [min, max]. */
  clip(n: number, x: Storage, min: number, max: number, out: Storage): void
  /** dx += dy where min ≤ x ≤ max: the gradient of clip. */
  clipBackward(n: number, x: Storage, min: number, max: number, dy: Storage, dx: Storage): void

  // Broadcasting.
  /** out = a op b with NumPy broadcasting of aShape and bShape to outShape. */
  binary(op: BinaryOp, a: Storage, aShape: Shape, b: Storage, bShape: Shape, out: Storage, outShape: Shape): void
  /**
   * da += dy · ∂y/∂a and db += dy · ∂y/∂b, each summed over the axes its operand was
   * broadcast along (unbroadcast), so the accumulators keep the operands' shapes.
   */
  binaryBackward(op: BinaryOp, spec: BinaryGradSpec): void

  // Reductions and their adjoints.
  /** out (+)= the sum of x over `axes` (sorted); out has x's shape with those axes set to 1. */
  reduceSum(x: Storage, shape: Shape, axes: readonly number[], out: Storage, accumulate: boolean): void
  /** out += scale · x broadcast from xShape to outShape: the adjoint of reduceSum. */
  broadcastAccumulate(x: Storage, xShape: Shape, out: Storage, outShape: Shape, scale: number): void
  /** out = the max of x over `axes`; argmax receives the flat index of each winner in x. */
  reduceMax(x: Storage, shape: Shape, axes: readonly number[], out: Storage, argmax: Int32Array): void

  // Rows of a row-major matrix.
  /** Softmax (or log-softmax) of each row of a rows×cols matrix, shifted by the row max. */
  softmaxRows(x: Storage, out: Storage, rows: number, cols: number, log: boolean): void
  /**
   * dx += the gradient of softmaxRows from its output y: y ⊙ (dy − Σ dy⊙y) per row, or
   * for log-softmax dy − exp(y)·Σ dy.
   */
  softmaxRowsBackward(y: Storage, dy: Storage, dx: Storage, rows: number, cols: number, log: boolean): void
  /** out row i = x row indices[i], for rows of length rowSize. */
  gatherRows(x: Storage, rowSize: number, indices: ArrayLike<number>, out: Storage): void
  /**
   * out row indices[i] += x row i, in order of i: the adjoint of gatherRows; a row picked
   * twice receives both. With rowSize 1 it scatters single values (max's gradient).
   */
  scatterAddRows(x: Storage, rowSize: number, indices: ArrayLike<number>, out: Storage): void

  // Layout.
  /** out = x with its axes permuted: out axis i is x axis perm[i]. */
  transpose(x: Storage, shape: Shape, perm: readonly number[], out: Storage): void
}
