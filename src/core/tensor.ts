import type { DType, Storage } from './dtype.ts'
import { dtypeOf } from './dtype.ts'
import type { Shape } from './shape.ts'
import { sizeOf, formatShape } from './shape.ts'
import { check } from './errors.ts'
import { formatTensor } from './format.ts'

/**
 * Adds this op's contribution to the gradient of each parent. `gradOf(t)` returns the
 * accumulator of `t` (zeros on first use): backward functions only ever add into it,
 * so a tensor used twice receives both contributions.
 */
export type BackwardFn = (dy: Storage, gradOf: (t: Tensor) => Storage) => void

/** What an op's result keeps so that gradients can flow back through it. */
export interface OpGraph {
  readonly parents: readonly Tensor[]
  readonly backward: BackwardFn
}

/**
 * Values in a shape, and (for autograd) how they were made. Created through the named
 * constructors below, which say what a tensor is: a constant, a variable, or an op's
 * result; the private constructor keeps six positional arguments out of call sites.
 */
export class Tensor {
  readonly size: number
  readonly dtype: DType
  /** Whether gradients flow to this tensor (a variable, or computed from one). */
  readonly requiresGrad: boolean
  /** Accumulated gradient of a leaf after `backward()`; null until then. */
  grad: Tensor | null = null
  name: string | undefined

  private constructor(
    readonly data: Storage,
    readonly shape: Shape,
    readonly op: string,
    readonly parents: readonly Tensor[],
    readonly backwardFn: BackwardFn | null,
    requiresGrad: boolean,
  ) {
    this.size = sizeOf(shape)
    check(this.size === data.length, 'Tensor', () => `shape ${formatShape(shape)} holds ${this.size} values but data has ${data.length}`)
    this.dtype = dtypeOf(data)
    this.requiresGrad = requiresGrad
  }

  /** Values no gradient flows to (data, targets, gradients themselves); wraps `data` without copying. */
  static constant(data: Storage, shape: Shape): Tensor {
    return new Tensor(data, shape, 'const', [], null, false)
  }

  /**
   * A leaf that gradients flow to: a trainable weight, or an input being differentiated
   * (`op` 'watch'). Wraps `data` without copying: optimizers update it in place.
   */
  static variable(data: Storage, shape: Shape, op = 'variable'): Tensor {
    return new Tensor(data, shape, op, [], null, true)
  }

  /**
   * An op's result, for the ops (through autograd's `record`). With `graph` it keeps its
   * parents and backward function and requires a gradient; without, it is a plain value.
   */
  static fromOp(op: string, data: Storage, shape: Shape, graph?: OpGraph): Tensor {
    return graph ? new Tensor(data, shape, op, graph.parents, graph.backward, true) : new Tensor(data, shape, op, [], null, false)
  }

  get rank(): number {
    return this.shape.length
  }

  /** A leaf: created directly, not computed by an op. */
  get isLeaf(): boolean {
    return this.backwardFn === null
  }

  /** The single value of a one-element tensor. */
  item(): number {
    check(this.size === 1, 'Tensor.item', () => `expects a tensor with one value, got shape ${formatShape(this.shape)}`)
    return this.data[0]
  }

  toArray(): number[] {
    return Array.from(this.data)
  }

  /** Nested arrays in the tensor's shape, like NumPy's tolist(). */
  toNested(): unknown {
    const build = (offset: number, dim: number): unknown => {
      if (dim === this.shape.length) return this.data[offset]
      const stride = sizeOf(this.shape.slice(dim + 1))
      return Array.from({ length: this.shape[dim] }, (_, i) => build(offset + i * stride, dim + 1))
    }
    return build(0, 0)
  }

  /** A copy that does not take part in autograd. */
  detach(): Tensor {
    return Tensor.constant(this.data.slice(), this.shape)
  }

  toString(): string {
    return formatTensor(this)
  }
}
