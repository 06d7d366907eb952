/**
 * numpy.random.RandomState (the legacy API behind `np.random.seed`, `rand`,
 * `randn`, `randint`, …) reproduced draw for draw, so a chapter's NumPy code and
 * its Flowgrad graph see the same data and the same initial weights.
 */

import { MT19937 } from './mt19937.ts'
import type { MutableArrayLike, RandomSource } from './generator.ts'
import { log } from '../math.ts'

const UINT32_MAX = 0xffffffff
const TWO_POW_32 = 4294967296

/** Smallest all-ones mask >= n, for n in [0, 2**32). */
function mask32(n: number): number {
  let m = n
  m |= m >>> 1
  m |= m >>> 2
  m |= m >>> 4
  m |= m >>> 8
  m |= m >>> 16
  return m >>> 0
}

function checkSize(method: string, name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`RandomState.${method}: ${name} (${value}) must be a non-negative integer`)
  }
}

function checkFinite(method: string, name: string, value: number): void {
  if (!Number.isFinite(value)) {
    throw new RangeError(`RandomState.${method}: ${name} (${value}) must be a finite number`)
  }
}

function shapeSize(method: string, dims: readonly number[]): number {
  let size = 1
  dims.forEach((d, i) => {
    checkSize(method, `d${i}`, d)
    size *= d
  })
  return size
}

export class NumpyRandomState implements RandomSource {
  private readonly mt = new MT19937()
  // legacy_gauss makes normals in pairs and keeps the second for the next call;
  // the cache is part of the stream's state, exactly as in NumPy.
  private hasGauss = false
  private gauss = 0

  constructor(seed: number) {
    this.seed(seed)
  }

  /** `np.random.seed(s)` for an integer s in [0, 2**32). */
  seed(s: number): void {
    if (!Number.isInteger(s) || s < 0 || s > UINT32_MAX) {
      throw new RangeError(`RandomState.seed: seed (${s}) must be an integer between 0 and 2**32 - 1`)
    }
    this.mt.seed(s)
    this.hasGauss = false
    this.gauss = 0
  }

  /** `random_sample()`: one double in [0, 1). */
  next(): number {
    return this.mt.nextDouble()
  }

  /** `randint(n)`: one integer in [0, n). */
  int(n: number): number {
    this.checkBounds('randint', 0, n)
    return this.bounded(0, n - 1)
  }

  /** `rand(d0, d1, …)`: uniform [0, 1) doubles, row-major, prod(shape) of them. */
  rand(d0: number, ...rest: number[]): Float64Array {
    return this.fillDoubles(new Float64Array(shapeSize('rand', [d0, ...rest])))
  }

  /** `random_sample()` / `random_sample(size)`. */
  random(): number
  random(size: number): Float64Array
  random(size?: number): number | Float64Array {
    if (size === undefined) return this.next()
    checkSize('random', 'size', size)
    return this.fillDoubles(new Float64Array(size))
  }

  /** `randn(d0, d1, …)`: standard normals, row-major, prod(shape) of them. */
  randn(d0: number, ...rest: number[]): Float64Array {
    const out = new Float64Array(shapeSize('randn', [d0, ...rest]))
    for (let i = 0; i < out.length; i++) out[i] = this.legacyGauss()
    return out
  }

  /**
   * `randint(high, size=size)` (2 arguments) or `randint(low, high, size=size)`
   * (3 arguments), default int64 dtype. Note the 2-argument form is (high, size):
   * TypeScript has no keyword arguments, so NumPy's `randint(5, 10)` is
   * `randint(5, 10, 1)` here, and a single draw is `int(n)`. Values are exact
   * integers stored as doubles.
   */
  randint(high: number, size: number): Float64Array
  randint(low: number, high: number, size: number): Float64Array
  randint(a: number, b: number, c?: number): Float64Array {
    const [low, high, size] = c === undefined ? [0, a, b] : [a, b, c]
    this.checkBounds('randint', low, high)
    checkSize('randint', 'size', size)
    const out = new Float64Array(size)
    const rng = high - low - 1
    if (rng === 0) return out.fill(low)
    if (rng <= UINT32_MAX) {
      const mask = mask32(rng)
      for (let i = 0; i < size; i++) out[i] = low + this.masked32(rng, mask)
    } else {
      const maskHi = mask32(Math.floor(rng / TWO_POW_32))
      for (let i = 0; i < size; i++) out[i] = low + this.masked64(rng, maskHi)
    }
    return out
  }

  /** `permutation(n)`: a shuffled `arange(n)`. */
  permutation(n: number): Int32Array {
    if (!Number.isInteger(n) || n < 0 || n > 0x7fffffff) {
      throw new RangeError(`RandomState.permutation: n (${n}) must be an integer in [0, 2**31 - 1]`)
    }
    const out = new Int32Array(n)
    for (let i = 0; i < n; i++) out[i] = i
    this.shuffle(out)
    return out
  }

  /** `shuffle(x)` along the first axis of a 1-d sequence, in place. */
  shuffle<T>(array: MutableArrayLike<T>): void {
    for (let i = array.length - 1; i >= 1; i--) {
      // random_interval(i): masked rejection, like randint's 32-bit path
      const j = this.masked32(i, mask32(i))
      const t = array[i]
      array[i] = array[j]
      array[j] = t
    }
  }

  /** `uniform(low, high)` / `uniform(low, high, size)`: low + (high - low) * U. */
  uniform(low: number, high: number): number
  uniform(low: number, high: number, size: number): Float64Array
  uniform(low: number, high: number, size?: number): number | Float64Array {
    checkFinite('uniform', 'low', low)
    checkFinite('uniform', 'high', high)
    const range = high - low
    if (!Number.isFinite(range)) {
      throw new RangeError(`RandomState.uniform: high - low (${range}) must be finite`)
    }
    if (size === undefined) return low + range * this.next()
    checkSize('uniform', 'size', size)
    const out = new Float64Array(size)
    for (let i = 0; i < size; i++) out[i] = low + range * this.next()
    return out
  }

  /** `normal()` / `normal(loc, scale)` / `normal(loc, scale, size)`: loc + scale * gauss. */
  normal(loc?: number, scale?: number): number
  normal(loc: number, scale: number, size: number): Float64Array
  normal(loc = 0, scale = 1, size?: number): number | Float64Array {
    checkFinite('normal', 'loc', loc)
    if (!(scale >= 0) || !Number.isFinite(scale)) {
      throw new RangeError(`RandomState.normal: scale (${scale}) must be a finite number >= 0`)
    }
    if (size === undefined) return loc + scale * this.legacyGauss()
    checkSize('normal', 'size', size)
    const out = new Float64Array(size)
    for (let i = 0; i < size; i++) out[i] = loc + scale * this.legacyGauss()
    return out
  }

  // legacy_gauss: Marsaglia's polar method; the pair's first value (f * x1) is
  // cached and returned by the next call.
  private legacyGauss(): number {
    if (this.hasGauss) {
      this.hasGauss = false
      const g = this.gauss
      this.gauss = 0
      return g
    }
    let x1: number, x2: number, r2: number
    do {
      x1 = 2 * this.mt.nextDouble() - 1
      x2 = 2 * this.mt.nextDouble() - 1
      r2 = x1 * x1 + x2 * x2
    } while (r2 >= 1 || r2 === 0)
    const f = Math.sqrt((-2 * log(r2)) / r2)
    this.gauss = f * x1
    this.hasGauss = true
    return f * x2
  }

  private fillDoubles(out: Float64Array): Float64Array {
    for (let i = 0; i < out.length; i++) out[i] = this.mt.nextDouble()
    return out
  }

  private checkBounds(method: string, low: number, high: number): void {
    if (!Number.isSafeInteger(low)) {
      throw new RangeError(`RandomState.${method}: low (${low}) must be a safe integer`)
    }
    if (!Number.isSafeInteger(high)) {
      throw new RangeError(`RandomState.${method}: high (${high}) must be a safe integer`)
    }
    if (high <= low) {
      throw new RangeError(`RandomState.${method}: high (${high}) must be greater than low (${low})`)
    }
    if (high - low > Number.MAX_SAFE_INTEGER) {
      throw new RangeError(`RandomState.${method}: high - low (${high - low}) must be at most 2**53 - 1`)
    }
  }

  // random_bounded_uint64_fill with use_masked (the legacy path): an inclusive
  // range rng; a 32-bit draw when rng fits, else a 64-bit draw (high word first).
  private bounded(off: number, rng: number): number {
    if (rng === 0) return off
    if (rng <= UINT32_MAX) return off + this.masked32(rng, mask32(rng))
    return off + this.masked64(rng, mask32(Math.floor(rng / TWO_POW_32)))
  }

  private masked32(rng: number, mask: number): number {
    let v: number
    do v = (this.mt.nextUint32() & mask) >>> 0
    while (v > rng)
    return v
  }

  // rng > 2**32 - 1: the 64-bit mask's low word is all ones, so only the high word is cut.
  private masked64(rng: number, maskHi: number): number {
    let v: number
    do {
      const hi = (this.mt.nextUint32() & maskHi) >>> 0
      v = hi * TWO_POW_32 + this.mt.nextUint32()
    } while (v > rng)
    return v
  }
}
