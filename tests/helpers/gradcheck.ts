/**
 * Finite-difference gradient checking for the compute core, shared by every test that
 * needs to trust a backward pass (ops, layers, losses).
 *
 * `checkGradients(f, inputs)` differentiates the random-weighted sum Σ wᵢ·f(x)ᵢ both ways:
 * by autograd (`gradients` seeded with w, so every output element is checked, not only
 * their sum — whose gradient vanishes for softmax) and by central differences
 * (L(x + h·eⱼ) − L(x − h·eⱼ)) / 2h, then compares element by element with
 * |analytic − numeric| ≤ atol + rtol·|numeric|.
 *
 * Inputs must be float64: float32 cannot resolve a 1e-6 step.
 */
import type { Shape } from '../../src/core/shape.ts'
import { sizeOf } from '../../src/core/shape.ts'
import { Tensor } from '../../src/core/tensor.ts'
import { tensor, variable } from '../../src/core/creation.ts'
import { gradients } from '../../src/core/autograd/backward.ts'
import { noGrad } from '../../src/core/autograd/mode.ts'

// ---------------------------------------------------------------------------
// Seeded inputs
// ---------------------------------------------------------------------------

/**
 * A tiny deterministic stream in [0, 1): a 32-bit linear congruential generator
 * (Numerical Recipes constants) whose state is passed through a xorshift-multiply
 * finalizer, so even its low bits are usable. Never Math.random: tests must replay.
 */
export class Lcg {
  private state: number

  constructor(seed: number) {
    this.state = (Math.imul(seed | 0, 0x9e3779b1) ^ 0x6d2b79f5) >>> 0
  }

  /** Uniform double in [0, 1). */
  next(): number {
    this.state = (Math.imul(this.state, 1664525) + 1013904223) >>> 0
    let x = this.state
    x ^= x >>> 16
    x = Math.imul(x, 0x7feb352d)
    x ^= x >>> 15
    x = Math.imul(x, 0x846ca68b)
    x ^= x >>> 16
    return (x >>> 0) / 4294967296
  }

  uniform(low: number, high: number): number {
    return low + (high - low) * this.next()
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n)
  }
}

export interface UniformOptions {
  low?: number
  high?: number
  /** Points to keep away from (kinks such as 0 for relu/abs, the bounds of clip). */
  avoid?: readonly number[]
  /** Minimum distance from every `avoid` point (default 0.05). */
  margin?: number
}

/**
 * Makes float64 input tensors from one seeded stream, so a test's inputs are fixed
 * by a single seed: `const make = seededInputs(7); f(make.uniform([3, 4]), make.positive([4]))`.
 */
export class SeededInputs {
  readonly rng: Lcg

  constructor(seed: number) {
    this.rng = new Lcg(seed)
  }

  /** Uniform values in [low, high) (default [-1, 1)), redrawn while closer than `margin` to an `avoid` point. */
  uniform(shape: Shape, options: UniformOptions = {}): Tensor {
    const low = options.low ?? -1
    const high = options.high ?? 1
    const avoid = options.avoid ?? []
    const margin = options.margin ?? 0.05
    const n = sizeOf(shape)
    const values = new Float64Array(n)
    for (let i = 0; i < n; i++) {
      let v = this.rng.uniform(low, high)
      for (let tries = 0; avoid.some((p) => Math.abs(v - p) < margin); tries++) {
        if (tries > 10_000) throw new Error(`SeededInputs.uniform: cannot keep [${low}, ${high}) values ${margin} away from ${avoid.join(', ')}`)
        v = this.rng.uniform(low, high)
      }
      values[i] = v
    }
    return tensor(values, shape, { dtype: 'float64' })
  }

  /** Values in [low, high) with |v| ≥ margin: safe for relu and abs. */
  nonzero(shape: Shape, low = -1, high = 1, margin = 0.1): Tensor {
    return this.uniform(shape, { low, high, avoid: [0], margin })
  }

  /** Strictly positive values (default [0.5, 2)): safe for log, sqrt, division and pow's base. */
  positive(shape: Shape, low = 0.5, high = 2): Tensor {
    return this.uniform(shape, { low, high })
  }

  /**
   * Pairwise well-separated values: a shuffled even grid over [low, high] with a little
   * jitter, so a max has no ties that a finite-difference step could flip.
   */
  distinct(shape: Shape, low = -1, high = 1): Tensor {
    const n = sizeOf(shape)
    const step = n > 1 ? (high - low) / (n - 1) : 0
    const values = Float64Array.from({ length: n }, (_, i) => low + i * step + (this.rng.next() - 0.5) * 0.2 * step)
    for (let i = n - 1; i > 0; i--) {
      const j = this.rng.int(i + 1)
      const t = values[i]
      values[i] = values[j]
      values[j] = t
    }
    return tensor(values, shape, { dtype: 'float64' })
  }
}

export function seededInputs(seed: number): SeededInputs {
  return new SeededInputs(seed)
}

// ---------------------------------------------------------------------------
// Gradient checking
// ---------------------------------------------------------------------------

export interface GradcheckOptions {
  /** Central-difference step (default 1e-6). */
  h?: number
  /** Absolute tolerance (default 1e-7). */
  atol?: number
  /** Relative tolerance, against the numeric gradient (default 1e-5). */
  rtol?: number
  /** Seed of the output weights w (default 12345). */
  seed?: number
  /** Weight every output by 1 instead of a random w: checks the gradient of sum(f). */
  plainSum?: boolean
  /** Indices of the inputs to differentiate (default all); the others are constants. */
  wrt?: readonly number[]
  /** Accept a check in which every gradient is numerically zero (default false: such a check proves nothing). */
  allowZeroGradient?: boolean
}

export interface GradientMismatch {
  input: number
  index: number
  analytic: number
  numeric: number
  /** |analytic − numeric| − (atol + rtol·|numeric|): positive means a failure. */
  excess: number
}

export interface GradcheckResult {
  ok: boolean
  /** The worst-compared element over all checked inputs. */
  worst: GradientMismatch | null
  /** Every element that failed the criterion. */
  failures: GradientMismatch[]
  /** Largest |numeric gradient| seen: near zero means the check was vacuous. */
  maxAbsNumeric: number
  analytic: Tensor[]
  numeric: Tensor[]
  message: string
}

type Fn = (...xs: Tensor[]) => Tensor

/** Σ wᵢ·yᵢ in double precision, outside autograd. */
function weightedSum(y: Tensor, w: Float64Array): number {
  let s = 0
  for (let i = 0; i < y.size; i++) s += w[i] * y.data[i]
  return s
}

/** Compares autograd with central differences; never throws on a mismatch (see `assertGradients`). */
export function checkGradients(f: Fn, inputs: readonly Tensor[], options: GradcheckOptions = {}): GradcheckResult {
  const h = options.h ?? 1e-6
  const atol = options.atol ?? 1e-7
  const rtol = options.rtol ?? 1e-5
  const wrt = options.wrt ?? inputs.map((_, i) => i)
  inputs.forEach((x, i) => {
    if (x.dtype !== 'float64') throw new Error(`checkGradients: input ${i} is ${x.dtype}; finite differences need float64 inputs`)
  })
  for (const i of wrt) {
    if (!Number.isInteger(i) || i < 0 || i >= inputs.length) throw new Error(`checkGradients: wrt index ${i} is not an input (there are ${inputs.length})`)
  }

  // Fresh leaves: differentiated ones require gradients, the others are constant copies.
  const leaves = inputs.map((x, i) => (wrt.includes(i) ? variable(x, { dtype: 'float64' }) : Tensor.constant(Float64Array.from(x.data), [...x.shape])))
  const y = f(...leaves)
  if (y.dtype !== 'float64') throw new Error(`checkGradients: f returned ${y.dtype} from float64 inputs; the check needs a float64 output`)
  if (!y.requiresGrad) throw new Error('checkGradients: the output of f does not depend on the differentiated inputs')

  const rng = new Lcg(options.seed ?? 12345)
  // Weights in ±[0.5, 1.5): never tiny, so no output element escapes the check.
  const w = Float64Array.from({ length: y.size }, () => (options.plainSum ? 1 : (rng.next() < 0.5 ? -1 : 1) * rng.uniform(0.5, 1.5)))
  const seed = Tensor.constant(Float64Array.from(w), [...y.shape])
  const differentiated = wrt.map((i) => leaves[i])
  const analytic = gradients(y, differentiated, seed)

  const failures: GradientMismatch[] = []
  const numeric: Tensor[] = []
  let worst: GradientMismatch | null = null
  let maxAbsNumeric = 0
  noGrad(() => {
    wrt.forEach((inputIndex, k) => {
      const leaf = leaves[inputIndex]
      const a = analytic[k]
      if (a.shape.length !== leaf.shape.length || a.shape.some((d, j) => d !== leaf.shape[j])) {
        throw new Error(`checkGradients: gradient of input ${inputIndex} has shape [${a.shape.join(', ')}], input has [${leaf.shape.join(', ')}]`)
      }
      const num = new Float64Array(leaf.size)
      for (let j = 0; j < leaf.size; j++) {
        const saved = leaf.data[j]
        leaf.data[j] = saved + h
        const plus = weightedSum(f(...leaves), w)
        leaf.data[j] = saved - h
        const minus = weightedSum(f(...leaves), w)
        leaf.data[j] = saved
        num[j] = (plus - minus) / (2 * h)
        maxAbsNumeric = Math.max(maxAbsNumeric, Math.abs(num[j]))
        const an = a.data[j]
        const excess = Math.abs(an - num[j]) - (atol + rtol * Math.abs(num[j]))
        const entry = { input: inputIndex, index: j, analytic: an, numeric: num[j], excess: Number.isNaN(excess) ? Infinity : excess }
        if (!worst || entry.excess > worst.excess) worst = entry
        if (entry.excess > 0) failures.push(entry)
      }
      numeric.push(Tensor.constant(num, [...leaf.shape]))
    })
  })

  const vacuous = maxAbsNumeric <= atol && options.allowZeroGradient !== true
  const ok = failures.length === 0 && !vacuous
  let message = 'gradients match'
  if (failures.length > 0) {
    const shown = failures
      .slice(0, 5)
      .map((e) => `  input ${e.input} [flat ${e.index}]: analytic ${e.analytic}, numeric ${e.numeric}`)
      .join('\n')
    message = `gradient check failed at ${failures.length} element(s) (|a − n| > ${atol} + ${rtol}·|n|):\n${shown}`
  } else if (vacuous) {
    message = `gradient check is vacuous: every numeric gradient is below ${atol} (pass allowZeroGradient if that is intended)`
  }
  return { ok, worst, failures, maxAbsNumeric, analytic, numeric, message }
}

/** `checkGradients`, throwing an Error that lists the mismatching elements. */
export function assertGradients(f: Fn, inputs: readonly Tensor[], options: GradcheckOptions = {}): GradcheckResult {
  const result = checkGradients(f, inputs, options)
  if (!result.ok) throw new Error(result.message)
  return result
}
