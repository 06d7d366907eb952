import { describe, expect, it } from 'vitest'
import playground, { PLAYGROUND_KINDS } from '../../../nodes/data/playground-2d.ts'
import { evaluate } from '../helpers/evaluate.ts'

describe('data/playground-2d', () => {
  for (const kind of PLAYGROUND_KINDS) {
    it(`makes ${kind} with n rows, both classes and coordinates within ±6`, async () => {
      const { dataset } = await evaluate(playground, {}, { kind, n: 201, noise: 0.2, seed: 1 })
      expect(dataset.x.shape).toEqual([201, 2])
      expect(dataset.y.shape).toEqual([201, 1])
      const labels = new Set(dataset.y.toArray())
      expect([...labels].sort()).toEqual([0, 1])
      const limit = kind === 'gauss' ? 12 : 6.5
      dataset.x.toArray().forEach((v) => expect(Math.abs(v)).toBeLessThan(limit))
    })
  }

  it('puts the positive class of the circle inside radius 2.5 when there is no noise', async () => {
    const { dataset } = await evaluate(playground, {}, { kind: 'circle', n: 100 })
    for (let r = 0; r < 100; r++) {
      const radius = Math.hypot(dataset.x.data[2 * r], dataset.x.data[2 * r + 1])
      expect(dataset.y.data[r] === 1).toBe(radius < 2.5)
    }
  })

  it('labels xor by the sign of x₁·x₂ when there is no noise', async () => {
    const { dataset } = await evaluate(playground, {}, { kind: 'xor', n: 100 })
    for (let r = 0; r < 100; r++) expect(dataset.y.data[r]).toBe(dataset.x.data[2 * r] * dataset.x.data[2 * r + 1] >= 0 ? 1 : 0)
  })

  it('gives the same points for the same seed', async () => {
    const a = await evaluate(playground, {}, { kind: 'spiral', seed: 4, noise: 0.3 })
    const b = await evaluate(playground, {}, { kind: 'spiral', seed: 4, noise: 0.3 })
    expect(a.dataset.x.toArray()).toEqual(b.dataset.x.toArray())
  })

  it('is binary-encoded with Playground’s class colours', async () => {
    const { dataset } = await evaluate(playground, {})
    expect(dataset.encoding).toBe('binary')
    expect(dataset.classes).toEqual(['orange', 'blue'])
  })
})
