import { log } from '../math.ts'
/**
 * The core's default source of randomness (weight init, shuffling, dropout, …):
 * xoshiro128** (Blackman & Vigna, 2018), 128 bits of state, period 2**128 - 1.
 * Only 32-bit integer arithmetic (Math.imul, >>>), so every platform produces
 * the same stream for the same seed.
 */

/** What code needs from a random stream; `Random` and `NumpyRandomState` both provide it. */
export interface RandomSource {
  /** Uniform double in [0, 1). */
  next(): number
  /** Standard normal draw. */
  normal(): number
  /** Uniform integer in [0, n). */
  int(n: number): number
}

/** An indexable, writable sequence: arrays and typed arrays alike. */
export interface MutableArrayLike<T> {
  readonly length: number
  [index: number]: T
}

export type FloatArray = Float32Array | Float64Array

const GOLDEN = 0x9e3779b9
const TWO_POW_32 = 4294967296

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k))
}

// splitmix32's output function (a Wellons hash-prospector finalizer): spreads a
// Weyl counter's small differences over all 32 bits, so nearby seeds give
// unrelated states.
function mix32(x: number): number {
  x ^= x >>> 16
  x = Math.imul(x, 0x21f0aaad)
  x ^= x >>> 15
  x = Math.imul(x, 0x735a2d97)
  return x ^ (x >>> 15)
}

function mask32(n: number): number {
  let m = n
  m |= m >>> 1
  m |= m >>> 2
  m |= m >>> 4
  m |= m >>> 8
  m |= m >>> 16
  return m >>> 0
}

function checkFinite(method: string, name: string, value: number): void {
  if (!Number.isFinite(value)) {
    throw new RangeError(`Random.${method}: ${name} (${value}) must be a finite number`)
  }
}

function checkStd(method: string, std: number): void {
  if (!(std >= 0) || !Number.isFinite(std)) {
    throw new RangeError(`Random.${method}: std (${std}) must be a finite number >= 0`)
  }
}

export class Random implements RandomSource {
  private s0 = 0
  private s1 = 0
  private s2 = 0
  private s3 = 0
  // The polar method makes normals in pairs; the second waits here.
  private hasSpare = false
  private spare = 0

  /** Any safe integer seeds a distinct stream, negative ones included. */
  constructor(seed: number) {
    if (!Number.isSafeInteger(seed)) {
      throw new RangeError(`Random: seed (${seed}) must be a safe integer`)
    }
    const lo = seed >>> 0
    const hi = Math.floor(seed / TWO_POW_32) >>> 0
    this.setState(
      mix32(lo + GOLDEN) ^ mix32(hi - GOLDEN),
      mix32(lo + 2 * GOLDEN) ^ mix32(hi - 2 * GOLDEN),
      mix32(lo + 3 * GOLDEN) ^ mix32(hi - 3 * GOLDEN),
      mix32(lo + 4 * GOLDEN) ^ mix32(hi - 4 * GOLDEN),
    )
  }

  nextUint32(): number {
    const s1 = this.s1
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0
    const t = s1 << 9
    this.s2 ^= this.s0
    this.s3 ^= s1
    this.s1 ^= this.s2
    this.s0 ^= this.s3
    this.s2 ^= t
    this.s3 = rotl(this.s3, 11)
    return result
  }

  /** Uniform double in [0, 1) with 53 random bits. */
  next(): number {
    const a = this.nextUint32() >>> 5
    const b = this.nextUint32() >>> 6
    return (a * 67108864 + b) / 9007199254740992
  }

  uniform(low: number, high: number): number {
    checkFinite('uniform', 'low', low)
    checkFinite('uniform', 'high', high)
    return low + (high - low) * this.next()
  }

  normal(mean = 0, std = 1): number {
    checkFinite('normal', 'mean', mean)
    checkStd('normal', std)
    return mean + std * this.gauss()
  }

  /** Uniform integer in [0, n), unbiased (masked rejection), for n up to 2**53 - 1. */
  int(n: number): number {
    if (!Number.isSafeInteger(n) || n < 1) {
      throw new RangeError(`Random.int: n (${n}) must be a safe integer >= 1`)
    }
    const max = n - 1
    let v: number
    if (max <= 0xffffffff) {
      const mask = mask32(max)
      do v = (this.nextUint32() & mask) >>> 0
      while (v > max)
    } else {
      // Above 32 bits the mask's low word is all ones; only the high word is cut.
      const maskHi = mask32(Math.floor(max / TWO_POW_32))
      do v = ((this.nextUint32() & maskHi) >>> 0) * TWO_POW_32 + this.nextUint32()
      while (v > max)
    }
    return v
  }

  /** A uniformly random ordering of 0 … n-1. */
  permutation(n: number): Int32Array {
    if (!Number.isInteger(n) || n < 0 || n > 0x7fffffff) {
      throw new RangeError(`Random.permutation: n (${n}) must be an integer in [0, 2**31 - 1]`)
    }
    const out = new Int32Array(n)
    for (let i = 0; i < n; i++) out[i] = i
    return this.shuffleInPlace(out)
  }

  /** Fisher–Yates, from the end; returns the same array. */
  shuffleInPlace<A extends MutableArrayLike<unknown>>(array: A): A {
    for (let i = array.length - 1; i >= 1; i--) {
      const j = this.int(i + 1)
      const t = array[i]
      array[i] = array[j]
      array[j] = t
    }
    return array
  }

  /**
   * A new generator whose stream is fixed by this one's current state, and which
   * advances this one: forking in the same order always gives the same children,
   * e.g. one per layer for weight init.
   */
  fork(): Random {
    const child = new Random(0)
    child.setState(
      mix32(this.nextUint32() ^ GOLDEN),
      mix32(this.nextUint32() ^ GOLDEN),
      mix32(this.nextUint32() ^ GOLDEN),
      mix32(this.nextUint32() ^ GOLDEN),
    )
    return child
  }

  fillUniform<A extends FloatArray>(out: A, low = 0, high = 1): A {
    checkFinite('fillUniform', 'low', low)
    checkFinite('fillUniform', 'high', high)
    const range = high - low
    for (let i = 0; i < out.length; i++) out[i] = low + range * this.next()
    return out
  }

  fillNormal<A extends FloatArray>(out: A, mean = 0, std = 1): A {
    checkFinite('fillNormal', 'mean', mean)
    checkStd('fillNormal', std)
    for (let i = 0; i < out.length; i++) out[i] = mean + std * this.gauss()
    return out
  }

  /**
   * Keras/TensorFlow truncated normal: draws further than 2 std from the mean are
   * discarded and redrawn (not clipped), so the result stays within [mean ± 2 std].
   */
  fillTruncatedNormal<A extends FloatArray>(out: A, mean = 0, std = 1): A {
    checkFinite('fillTruncatedNormal', 'mean', mean)
    checkStd('fillTruncatedNormal', std)
    for (let i = 0; i < out.length; i++) {
      let z: number
      do z = this.gauss()
      while (z < -2 || z > 2)
      out[i] = mean + std * z
    }
    return out
  }

  // Marsaglia's polar method.
  private gauss(): number {
    if (this.hasSpare) {
      this.hasSpare = false
      return this.spare
    }
    let x: number, y: number, r2: number
    do {
      x = 2 * this.next() - 1
      y = 2 * this.next() - 1
      r2 = x * x + y * y
    } while (r2 >= 1 || r2 === 0)
    const f = Math.sqrt((-2 * log(r2)) / r2)
    this.spare = f * x
    this.hasSpare = true
    return f * y
  }

  // xoshiro's all-zero state is a fixed point that only ever yields 0.
  private setState(a: number, b: number, c: number, d: number): void {
    this.s0 = a | 0
    this.s1 = b | 0
    this.s2 = c | 0
    this.s3 = d | 0
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = GOLDEN | 0
    this.hasSpare = false
    this.spare = 0
  }
}
