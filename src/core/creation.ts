import type { DType, Storage } from './dtype.ts'
import { allocate, fromNumbers } from './dtype.ts'
import type { Shape } from './shape.ts'
import { checkShape, formatShape, sizeOf } from './shape.ts'
import { check, fail } from './errors.ts'
import { Tensor } from './tensor.ts'

export interface CreateOptions {
  dtype?: DType
  name?: string
}

export type NestedNumbers = number | readonly NestedNumbers[]

function inferShape(values: NestedNumbers, where: string): number[] {
  const shape: number[] = []
  let level: NestedNumbers = values
  while (Array.isArray(level)) {
    shape.push(level.length)
    level = level[0] as NestedNumbers
  }
  const flat: number[] = []
  const visit = (v: NestedNumbers, depth: number): void => {
    if (depth === shape.length) {
      check(typeof v === 'number', where, () => `values are ragged: expected a number at depth ${depth}`)
      flat.push(v as number)
      return
    }
    check(Array.isArray(v) && v.length === shape[depth], where, () => `values are ragged: every list at depth ${depth} must have ${shape[depth]} entries`)
    for (const item of v as readonly NestedNumbers[]) visit(item, depth + 1)
  }
  visit(values, 0)
  return shape
}

function flatten(values: NestedNumbers): number[] {
  if (typeof values === 'number') return [values]
  const out: number[] = []
  const visit = (v: NestedNumbers): void => {
    if (typeof v === 'number') out.push(v)
    else for (const item of v) visit(item)
  }
  visit(values)
  return out
}

function named(t: Tensor, options: CreateOptions | undefined): Tensor {
  if (options?.name) t.name = options.name
  return t
}

/**
 * A constant tensor from nested arrays (`tensor([[1, 2], [3, 4]])`) or from flat values
 * and a shape (`tensor([1, 2, 3, 4], [2, 2])`).
 */
export function tensor(values: NestedNumbers | ArrayLike<number>, shape?: Shape, options?: CreateOptions): Tensor {
  const dtype = options?.dtype ?? 'float32'
  if (shape) {
    checkShape(shape, 'tensor', 'shape')
    const flat = typeof values === 'number' ? [values] : ArrayBuffer.isView(values) ? (values as ArrayLike<number>) : flatten(values as NestedNumbers)
    check(flat.length === sizeOf(shape), 'tensor', () => `${flat.length} values do not fill shape ${formatShape(shape)} (${sizeOf(shape)} values)`)
    return named(Tensor.constant(fromNumbers(dtype, flat), [...shape]), options)
  }
  if (ArrayBuffer.isView(values)) return named(Tensor.constant(fromNumbers(dtype, values as ArrayLike<number>), [(values as ArrayLike<number>).length]), options)
  const nested = values as NestedNumbers
  const inferred = inferShape(nested, 'tensor')
  return named(Tensor.constant(fromNumbers(dtype, flatten(nested)), inferred), options)
}

export function scalar(value: number, dtype: DType = 'float32'): Tensor {
  return Tensor.constant(fromNumbers(dtype, [value]), [])
}

/** Wraps existing storage without copying. */
export function fromStorage(data: Storage, shape: Shape): Tensor {
  return Tensor.constant(data, [...shape])
}

export function full(shape: Shape, value: number, options?: CreateOptions): Tensor {
  checkShape(shape, 'full', 'shape')
  const data = allocate(options?.dtype ?? 'float32', sizeOf(shape))
  if (value !== 0) data.fill(value)
  return named(Tensor.constant(data, [...shape]), options)
}

export function zeros(shape: Shape, options?: CreateOptions): Tensor {
  return full(shape, 0, options)
}

export function ones(shape: Shape, options?: CreateOptions): Tensor {
  return full(shape, 1, options)
}

export function zerosLike(t: Tensor): Tensor {
  return zeros(t.shape, { dtype: t.dtype })
}

export function onesLike(t: Tensor): Tensor {
  return ones(t.shape, { dtype: t.dtype })
}

/** `num` evenly spaced values from start to stop inclusive, like np.linspace. */
export function linspace(start: number, stop: number, num: number, options?: CreateOptions): Tensor {
  check(Number.isInteger(num) && num >= 0, 'linspace', () => `num must be a non-negative integer, got ${num}`)
  const data = allocate(options?.dtype ?? 'float32', num)
  const step = num > 1 ? (stop - start) / (num - 1) : 0
  for (let i = 0; i < num; i++) data[i] = start + i * step
  if (num > 1) data[num - 1] = stop
  return named(Tensor.constant(data, [num]), options)
}

/** Values start, start+step, … below stop, like np.arange. */
export function arange(start: number, stop: number, step = 1, options?: CreateOptions): Tensor {
  if (step === 0 || !Number.isFinite(step)) fail('arange', `step must be a non-zero finite number, got ${step}`)
  const n = Math.max(0, Math.ceil((stop - start) / step))
  const data = allocate(options?.dtype ?? 'float32', n)
  for (let i = 0; i < n; i++) data[i] = start + i * step
  return named(Tensor.constant(data, [n]), options)
}

export function eye(n: number, options?: CreateOptions): Tensor {
  const t = zeros([n, n], options)
  for (let i = 0; i < n; i++) t.data[i * n + i] = 1
  return t
}

/**
 * A trainable leaf: gradients flow to it and optimizers update its values in place.
 * It owns a copy of the initial values.
 */
export function variable(init: Tensor | NestedNumbers, options?: CreateOptions): Tensor {
  const source = init instanceof Tensor ? init : tensor(init, undefined, options)
  const dtype = options?.dtype ?? source.dtype
  const data = allocate(dtype, source.size)
  data.set(source.data)
  const v = Tensor.variable(data, [...source.shape])
  v.name = options?.name ?? source.name
  return v
}

/** Overwrites a variable's values in place (Keras' `assign`). */
export function assign(v: Tensor, values: Tensor | ArrayLike<number>): void {
  const data = values instanceof Tensor ? values.data : values
  check(data.length === v.size, 'assign', () => `${data.length} values do not fit variable${v.name ? ` "${v.name}"` : ''} of shape ${formatShape(v.shape)}`)
  v.data.set(data)
}
