import { describe, expect, it } from 'vitest'
import { NumpyRandomState } from '../../../src/core/random/numpy-legacy.ts'
import rng from '../../reference/numpy-legacy-rng.json' with { type: 'json' }
import gdVsSgd from '../../reference/chapter-gd-vs-sgd.json' with { type: 'json' }
import nonconvex from '../../reference/chapter-nonconvex.json' with { type: 'json' }

const TOL = 1e-12

function expectClose(actual: ArrayLike<number>, expected: readonly number[]): void {
  expect(actual.length).toBe(expected.length)
  for (let i = 0; i < expected.length; i++) {
    expect(Math.abs(actual[i] - expected[i]), `index ${i}`).toBeLessThanOrEqual(TOL)
  }
}

const seeds = [0, 1, 42] as const
const refFor = (seed: (typeof seeds)[number]) => rng.seeds[String(seed) as '0' | '1' | '42']

describe.each(seeds)('NumpyRandomState after np.random.seed(%i)', (seed) => {
  const ref = refFor(seed)

  it(`reproduces np.random.seed(${seed}); rand(8) bit for bit`, () => {
    expect(Array.from(new NumpyRandomState(seed).rand(8))).toEqual(ref.rand_8)
  })

  it(`reproduces np.random.seed(${seed}); randn(8) to 1e-12`, () => {
    expectClose(new NumpyRandomState(seed).randn(8), ref.randn_8)
  })

  it(`reproduces np.random.seed(${seed}); randint(20, size=8) exactly`, () => {
    expect(Array.from(new NumpyRandomState(seed).randint(20, 8))).toEqual(ref.randint_20_size8)
  })

  it(`reproduces np.random.seed(${seed}); randint(150, size=8) exactly`, () => {
    expect(Array.from(new NumpyRandomState(seed).randint(150, 8))).toEqual(ref.randint_150_size8)
  })

  it(`reproduces np.random.seed(${seed}); permutation(10) exactly`, () => {
    expect(Array.from(new NumpyRandomState(seed).permutation(10))).toEqual(ref.permutation_10)
  })
})

describe("the chapter's data", () => {
  it('reproduces the GD-vs-SGD X from seed 0; rand(20, 2) * 3 - 1.5', () => {
    const u = new NumpyRandomState(0).rand(20, 2)
    expectClose(u.map((v) => v * 3 - 1.5), gdVsSgd.X.flat())
  })

  it('reproduces the SGD minibatch indices by continuing the stream with randint(20, size=4)', () => {
    const r = new NumpyRandomState(0)
    r.rand(20, 2)
    const batches: number[][] = []
    for (let epoch = 0; epoch < 10; epoch++) {
      for (let step = 0; step < 5; step++) batches.push(Array.from(r.randint(20, 4)))
    }
    expect(batches).toEqual(gdVsSgd.sgd_minibatch_indices)
  })

  it('reproduces the non-convex X from seed 0; randn(150, 6)', () => {
    expectClose(new NumpyRandomState(0).randn(150, 6), nonconvex.X.flat())
  })

  it('reproduces the non-convex kernels and biases by continuing the stream', () => {
    const r = new NumpyRandomState(0)
    r.randn(150, 6)
    const [k0, k1, b0, b1] = [r.randn(6, 20), r.randn(20, 1), r.randn(1, 20), r.randn(1, 1)]
    expectClose(k0, nonconvex.kernels[0].flat())
    expectClose(k1, nonconvex.kernels[1].flat())
    expectClose(b0, nonconvex.biases[0].flat())
    expectClose(b1, nonconvex.biases[1].flat())
  })
})

// Expected values below come from NumPy 2.4.6's legacy RandomState.
describe('NumpyRandomState beyond the reference file', () => {
  it('reproduces randint(-5, 2**40, size=6) through the 64-bit masked path', () => {
    expect(Array.from(new NumpyRandomState(3).randint(-5, 2 ** 40, 6))).toEqual([
      1073054410366, 867663915878, 593770158992, 511502908833, 646360949565, 298080869219,
    ])
  })

  it('reproduces randint(-7, 7, size=6) with a negative low', () => {
    expect(Array.from(new NumpyRandomState(3).randint(-7, 7, 6))).toEqual([3, 1, 2, -4, 1, 1])
  })

  it('reproduces uniform(-2, 3, size=4) to 1e-12', () => {
    expectClose(new NumpyRandomState(3).uniform(-2, 3, 4), [
      0.7539895128728773, 1.540739113090524, -0.5454763054352783, 0.5541380259883151,
    ])
  })

  it('reproduces normal(1, 2, size=4) to 1e-12', () => {
    expectClose(new NumpyRandomState(3).normal(1, 2, 4), [
      4.577256946860637, 1.8730197010239789, 1.1929949361440173, -2.7269854067289816,
    ])
  })

  it('draws nothing for a one-value range, as NumPy does', () => {
    const r = new NumpyRandomState(3)
    expect(Array.from(r.randint(5, 6, 3))).toEqual([5, 5, 5])
    expect(r.next()).toBe(0.5507979025745755)
  })

  it('keeps the cached second normal across calls: randn(1) then randn(7) equals randn(8)', () => {
    const r = new NumpyRandomState(0)
    expect([...r.randn(1), ...r.randn(7)]).toEqual(Array.from(new NumpyRandomState(0).randn(8)))
  })

  it('drops the cached normal when reseeded', () => {
    const r = new NumpyRandomState(0)
    r.randn(1)
    r.seed(0)
    expect(Array.from(r.randn(8))).toEqual(Array.from(new NumpyRandomState(0).randn(8)))
  })

  it('shuffles a plain array exactly as permutation orders arange', () => {
    const xs = Array.from({ length: 10 }, (_, i) => i)
    new NumpyRandomState(0).shuffle(xs)
    expect(xs).toEqual(rng.seeds['0'].permutation_10)
  })

  it('draws int(n) exactly like randint(n) one value at a time', () => {
    const r = new NumpyRandomState(0)
    expect(Array.from({ length: 8 }, () => r.int(20))).toEqual(rng.seeds['0'].randint_20_size8)
  })

  it('returns random_sample() from next() and random()', () => {
    const r = new NumpyRandomState(0)
    expect([r.next(), r.random()]).toEqual(rng.seeds['0'].rand_8.slice(0, 2))
  })

  it('returns the legacy gauss from normal() with no arguments', () => {
    const r = new NumpyRandomState(0)
    expectClose([r.normal(), r.normal()], rng.seeds['0'].randn_8.slice(0, 2))
  })
})

describe('NumpyRandomState argument checks', () => {
  it('rejects randint with high not above low, naming method and both bounds', () => {
    expect(() => new NumpyRandomState(0).randint(0, 0, 3)).toThrow(
      'RandomState.randint: high (0) must be greater than low (0)',
    )
  })

  it('rejects int(0) with the randint message', () => {
    expect(() => new NumpyRandomState(0).int(0)).toThrow('RandomState.randint: high (0) must be greater than low (0)')
  })

  it('rejects a fractional randint bound', () => {
    expect(() => new NumpyRandomState(0).randint(2.5, 3)).toThrow('RandomState.randint: high (2.5) must be a safe integer')
  })

  it('rejects a negative size', () => {
    expect(() => new NumpyRandomState(0).randint(10, -1)).toThrow(
      'RandomState.randint: size (-1) must be a non-negative integer',
    )
  })

  it('rejects a negative dimension in rand, naming it', () => {
    expect(() => new NumpyRandomState(0).rand(3, -2)).toThrow('RandomState.rand: d1 (-2) must be a non-negative integer')
  })

  it('rejects a seed outside [0, 2**32 - 1]', () => {
    expect(() => new NumpyRandomState(-1)).toThrow(
      'RandomState.seed: seed (-1) must be an integer between 0 and 2**32 - 1',
    )
  })

  it('rejects a negative normal scale', () => {
    expect(() => new NumpyRandomState(0).normal(0, -1, 3)).toThrow(
      'RandomState.normal: scale (-1) must be a finite number >= 0',
    )
  })

  it('rejects an infinite uniform bound', () => {
    expect(() => new NumpyRandomState(0).uniform(0, Infinity, 3)).toThrow(
      'RandomState.uniform: high (Infinity) must be a finite number',
    )
  })
})
