import { describe, expect, it } from 'vitest'
import { MT19937 } from '../../../src/core/random/mt19937.ts'

describe('MT19937', () => {
  it('returns 3499211612 first after init_genrand(5489)', () => {
    expect(new MT19937(5489).nextUint32()).toBe(3499211612)
  })

  it('returns 4123659995 on the 10000th draw after init_genrand(5489), as C++ std::mt19937 requires', () => {
    const mt = new MT19937(5489)
    let last = 0
    for (let i = 0; i < 10000; i++) last = mt.nextUint32()
    expect(last).toBe(4123659995)
  })

  it('defaults to seed 5489', () => {
    expect(new MT19937().nextUint32()).toBe(3499211612)
  })

  it("gives NumPy's first random_sample() after seed 0 as its first double", () => {
    expect(new MT19937(0).nextDouble()).toBe(0.5488135039273248)
  })

  it('restarts the stream when reseeded', () => {
    const mt = new MT19937(7)
    const first = [mt.nextUint32(), mt.nextUint32()]
    mt.nextDouble()
    mt.seed(7)
    expect([mt.nextUint32(), mt.nextUint32()]).toEqual(first)
  })

  it('accepts the largest 32-bit seed', () => {
    expect(new MT19937(0xffffffff).nextUint32()).toBeTypeOf('number')
  })

  it('rejects a seed outside [0, 2**32 - 1], naming the method and the value', () => {
    expect(() => new MT19937(-1)).toThrow('MT19937.seed: seed (-1) must be an integer in [0, 2**32 - 1]')
    expect(() => new MT19937(2 ** 32)).toThrow(/MT19937\.seed: seed \(4294967296\)/)
    expect(() => new MT19937(1.5)).toThrow(/MT19937\.seed: seed \(1\.5\)/)
  })
})
