/**
 * Storage is float32 by default (what the browser trains with); float64 exists for
 * gradient checks and reference comparisons that need more digits than float32 holds.
 */
export type DType = 'float32' | 'float64'
export type Storage = Float32Array | Float64Array

export function allocate(dtype: DType, size: number): Storage {
  return dtype === 'float64' ? new Float64Array(size) : new Float32Array(size)
}

export function dtypeOf(data: Storage): DType {
  return data instanceof Float64Array ? 'float64' : 'float32'
}

/** The result of combining two tensors keeps the wider precision. */
export function promote(a: DType, b: DType): DType {
  return a === 'float64' || b === 'float64' ? 'float64' : 'float32'
}

export function fromNumbers(dtype: DType, values: ArrayLike<number>): Storage {
  return dtype === 'float64' ? Float64Array.from(values) : Float32Array.from(values)
}
