/**
 * MT19937, the 32-bit Mersenne Twister (Matsumoto & Nishimura, 1998), seeded the
 * way NumPy's legacy `np.random.seed(int)` seeds it (`init_genrand`), so streams
 * can be compared number for number with NumPy.
 */

const N = 624
const M = 397
const MATRIX_A = 0x9908b0df
const UPPER_MASK = 0x80000000
const LOWER_MASK = 0x7fffffff

export class MT19937 {
  private readonly mt = new Uint32Array(N)
  private index = N

  constructor(seed = 5489) {
    this.seed(seed)
  }

  /** `init_genrand(seed)`; NumPy's legacy seeding of an integer in [0, 2**32). */
  seed(seed: number): void {
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
      throw new RangeError(`MT19937.seed: seed (${seed}) must be an integer in [0, 2**32 - 1]`)
    }
    const mt = this.mt
    mt[0] = seed
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30)
      mt[i] = Math.imul(1812433253, prev) + i
    }
    this.index = N
  }

  nextUint32(): number {
    if (this.index >= N) this.twist()
    let y = this.mt[this.index++]
    y ^= y >>> 11
    y ^= (y << 7) & 0x9d2c5680
    y ^= (y << 15) & 0xefc60000
    y ^= y >>> 18
    return y >>> 0
  }

  /** A double in [0, 1) with 53 random bits (`genrand_res53`, NumPy's `random_sample`). */
  nextDouble(): number {
    const a = this.nextUint32() >>> 5
    const b = this.nextUint32() >>> 6
    return (a * 67108864 + b) / 9007199254740992
  }

  // Regenerates the whole block at once, as NumPy does; the output order is the
  // same as the reference's one-word-at-a-time genrand_int32.
  private twist(): void {
    const mt = this.mt
    let k = 0
    for (; k < N - M; k++) {
      const y = (mt[k] & UPPER_MASK) | (mt[k + 1] & LOWER_MASK)
      mt[k] = mt[k + M] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0)
    }
    for (; k < N - 1; k++) {
      const y = (mt[k] & UPPER_MASK) | (mt[k + 1] & LOWER_MASK)
      mt[k] = mt[k + M - N] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0)
    }
    const y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK)
    mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0)
    this.index = 0
  }
}
