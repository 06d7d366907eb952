import { describe, expect, it } from 'vitest'
import type { DType, Storage } from '../../../src/core/dtype.ts'
import { allocate, fromNumbers } from '../../../src/core/dtype.ts'
import type { FusedActivation, MatmulSpec } from '../../../src/core/kernels/kernels.ts'
import { tsKernels } from '../../../src/core/kernels/ts/index.ts'
import { Lcg } from '../../helpers/gradcheck.ts'

/**
 * The TypeScript matmul kernel against a naive triple loop in float64. The kernel takes
 * a plain loop below 8192 multiply-adds and a packed, 4×4 register-tiled path above, so
 * the sizes straddle that threshold and the tile edges (sizes 1, 3, 5, 7 leave partial
 * tiles; 4 and 64 fill them exactly).
 */

interface Case {
  m: number
  k: number
  n: number
  transA?: boolean
  transB?: boolean
  accumulate?: boolean
  bias?: boolean
  activation?: FusedActivation
}

const TRANSPOSES: Array<{ label: string; transA: boolean; transB: boolean }> = [
  { label: 'A·B', transA: false, transB: false },
  { label: 'Aᵀ·B', transA: true, transB: false },
  { label: 'A·Bᵀ', transA: false, transB: true },
  { label: 'Aᵀ·Bᵀ', transA: true, transB: true },
]

const DTYPES: DType[] = ['float32', 'float64']

function randomStorage(dtype: DType, size: number, rng: Lcg): Storage {
  return fromNumbers(dtype, Array.from({ length: size }, () => rng.uniform(-1, 1)))
}

function activate(activation: FusedActivation | undefined, z: number): number {
  switch (activation) {
    case 'relu': return z > 0 ? z : 0
    case 'sigmoid': return 1 / (1 + Math.exp(-z))
    case 'tanh': return Math.tanh(z)
    default: return z
  }
}

/** c[i, j] = act((accumulate ? c0[i, j] : 0) + Σ op(A)[i, p]·op(B)[p, j] + bias[j]), and the scale Σ|terms| for a tolerance. */
function reference(spec: MatmulSpec, c0: Storage): { values: Float64Array; scale: Float64Array } {
  const { a, b, m, k, n, bias } = spec
  const values = new Float64Array(m * n)
  const scale = new Float64Array(m * n)
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0
      let mag = 0
      for (let p = 0; p < k; p++) {
        const av = spec.transA ? a[p * m + i] : a[i * k + p]
        const bv = spec.transB ? b[j * k + p] : b[p * n + j]
        s += av * bv
        mag += Math.abs(av * bv)
      }
      if (bias) {
        s += bias[j]
        mag += Math.abs(bias[j])
      }
      if (spec.accumulate) {
        s += c0[i * n + j]
        mag += Math.abs(c0[i * n + j])
      }
      values[i * n + j] = activate(spec.activation, s)
      scale[i * n + j] = mag
    }
  }
  return { values, scale }
}

/**
 * Runs the kernel on fresh random operands and returns the first element that differs
 * from the reference, or null. C starts as NaN unless accumulating, so an element the
 * kernel forgets to write is caught.
 */
function firstMismatch(dtype: DType, c: Case, seed: number): string | null {
  const rng = new Lcg(seed)
  const a = randomStorage(dtype, c.m * c.k, rng)
  const b = randomStorage(dtype, c.k * c.n, rng)
  const bias = c.bias ? randomStorage(dtype, c.n, rng) : undefined
  const out = c.accumulate ? randomStorage(dtype, c.m * c.n, rng) : allocate(dtype, c.m * c.n).fill(Number.NaN)
  const c0 = out.slice()
  const spec: MatmulSpec = { a, b, c: out, m: c.m, k: c.k, n: c.n, transA: c.transA, transB: c.transB, accumulate: c.accumulate, bias, activation: c.activation }
  tsKernels.matmul(spec)
  const { values, scale } = reference(spec, c0)
  // float64: only the summation order differs. float32: the result (and, with an
  // activation after accumulating, its input) is rounded to 24 bits.
  const eps = dtype === 'float64' ? 1e-13 : 4 * 2 ** -24
  for (let i = 0; i < values.length; i++) {
    const tol = eps * (scale[i] + Math.abs(values[i]) + 1)
    if (!(Math.abs(out[i] - values[i]) <= tol)) {
      const row = Math.floor(i / c.n)
      return `${dtype} m=${c.m} k=${c.k} n=${c.n} transA=${c.transA === true} transB=${c.transB === true}: c[${row}, ${i - row * c.n}] = ${out[i]}, expected ${values[i]}`
    }
  }
  return null
}

function expectMatches(dtype: DType, c: Case, seed = 1): void {
  expect(firstMismatch(dtype, c, seed)).toBeNull()
}

const EDGE = [1, 3, 4, 5, 7]

/** Larger shapes, all on the packed path (≥ 8192 multiply-adds), with partial and full tiles. */
const LARGE: Array<[number, number, number]> = [
  [30, 33, 64],
  [33, 30, 7],
  [64, 64, 64],
  [257, 33, 5],
  [5, 257, 33],
  [33, 5, 257],
  [7, 257, 30],
  [1, 257, 257],
  [257, 257, 1],
  [257, 1, 257],
  [257, 64, 33],
]

describe.each(DTYPES)('the TypeScript matmul kernel in %s', (dtype) => {
  it.each(TRANSPOSES)('computes $label for every (m, k, n) drawn from {1, 3, 4, 5, 7}', ({ transA, transB }) => {
    for (const m of EDGE) for (const k of EDGE) for (const n of EDGE) expectMatches(dtype, { m, k, n, transA, transB }, m * 100 + k * 10 + n)
  })

  it.each(TRANSPOSES)('computes $label on the packed path for sizes among 1, 5, 7, 30, 33, 64 and 257', ({ transA, transB }) => {
    for (const [m, k, n] of LARGE) expectMatches(dtype, { m, k, n, transA, transB })
  })

  it('computes a 257×257×257 product', () => {
    expectMatches(dtype, { m: 257, k: 257, n: 257 })
  })

  it.each(TRANSPOSES)('adds $label to the existing C when accumulate is set, on both paths', ({ transA, transB }) => {
    for (const [m, k, n] of [[3, 5, 7], [4, 4, 4], [30, 33, 64], [33, 7, 257]] as const) {
      expectMatches(dtype, { m, k, n, transA, transB, accumulate: true })
    }
  })

  it('adds the bias to every row, on both paths', () => {
    for (const [m, k, n] of [[3, 5, 7], [1, 1, 1], [30, 33, 64], [33, 30, 7]] as const) {
      expectMatches(dtype, { m, k, n, bias: true })
      expectMatches(dtype, { m, k, n, bias: true, transA: true, transB: true })
    }
  })

  it.each(['linear', 'relu', 'sigmoid', 'tanh'] as const)('applies the fused %s activation after the bias, on both paths', (activation) => {
    for (const [m, k, n] of [[3, 5, 7], [5, 1, 3], [30, 33, 64], [33, 7, 257]] as const) {
      expectMatches(dtype, { m, k, n, bias: true, activation })
      expectMatches(dtype, { m, k, n, activation, transB: true })
    }
  })

  it('accumulates, adds the bias and then activates when all three are requested', () => {
    for (const [m, k, n] of [[3, 5, 7], [33, 30, 7]] as const) {
      expectMatches(dtype, { m, k, n, accumulate: true, bias: true, activation: 'tanh', transA: true })
    }
  })

  it('agrees on both sides of the 8192 multiply-add packing threshold', () => {
    expectMatches(dtype, { m: 16, k: 32, n: 16 }) // 8192: plain loop
    expectMatches(dtype, { m: 16, k: 32, n: 17 }) // 8704: packed
    expectMatches(dtype, { m: 1, k: 8193, n: 1 }) // packed, one partial tile
  })
})

describe('the TypeScript matmul kernel with mixed storage', () => {
  it('multiplies float32 operands into a float64 result', () => {
    const a = Float32Array.from([1, 2, 3, 4, 5, 6])
    const b = Float64Array.from([0.5, -1, 2, 0.25, 1, 1])
    const c = new Float64Array(4)
    tsKernels.matmul({ a, b, c, m: 2, k: 3, n: 2 })
    // [[1, 2, 3], [4, 5, 6]] · [[0.5, -1], [2, 0.25], [1, 1]]
    expect(Array.from(c)).toEqual([7.5, 2.5, 18, 3.25])
  })

  it('gives the same result after a larger product has grown the packing buffers', () => {
    expectMatches('float64', { m: 257, k: 64, n: 33 }, 7)
    expectMatches('float64', { m: 30, k: 33, n: 64 }, 8)
    expectMatches('float64', { m: 257, k: 64, n: 33 }, 9)
  })

  it('handles an empty inner dimension by writing the bias alone', () => {
    const c = new Float64Array(6).fill(Number.NaN)
    tsKernels.matmul({ a: new Float64Array(0), b: new Float64Array(0), c, m: 2, k: 0, n: 3, bias: Float64Array.from([1, 2, 3]) })
    expect(Array.from(c)).toEqual([1, 2, 3, 1, 2, 3])
  })
})
