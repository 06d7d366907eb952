import { describe, expect, it } from 'vitest'
import { tensor } from '../../../src/core/index.ts'
import linspace from '../../../nodes/data/linspace.ts'
import activation, { FUNCTIONS } from '../../../nodes/math/activation.ts'
import derivative from '../../../nodes/math/derivative.ts'
import type { FunctionName } from '../../../nodes/math/activation.ts'
import { evaluate } from '../helpers/evaluate.ts'

async function derivativeOver(fn: FunctionName) {
  const { tensor: x } = await evaluate(linspace, {}, { start: -4, stop: 4, num: 101 })
  const act = await evaluate(activation, { x }, { fn })
  const d = await evaluate(derivative, { fn: act.fn })
  return { x: x.toArray(), y: act.y.toArray(), dydx: d.dydx.toArray(), value: d.y.toArray() }
}

describe('math/activation and math/derivative', () => {
  it("tanh′ peaks at 1 at x = 0 over linspace(−4, 4, 101)", async () => {
    const { dydx } = await derivativeOver('tanh')
    expect(Math.max(...dydx)).toBeCloseTo(1, 12)
    expect(dydx[50]).toBeCloseTo(1, 12)
  })

  it('tanh′ equals the derivative of the chapter’s 2/(1 + e^(−2x)) − 1, which is 1 − tanh²', async () => {
    const { x, dydx } = await derivativeOver('tanh')
    x.forEach((v, i) => expect(dydx[i]).toBeCloseTo(1 - Math.tanh(v) ** 2, 12))
  })

  it('sigmoid′ peaks at 0.25', async () => {
    const { dydx } = await derivativeOver('sigmoid')
    expect(Math.max(...dydx)).toBeCloseTo(0.25, 12)
  })

  it('relu′ is 0 or 1 everywhere', async () => {
    const { x, dydx } = await derivativeOver('relu')
    dydx.forEach((d, i) => expect(Math.abs(d - (x[i] > 0 ? 1 : 0))).toBeLessThan(1e-6))
  })

  it('softplus′ is the sigmoid', async () => {
    const { x, dydx } = await derivativeOver('softplus')
    x.forEach((v, i) => expect(dydx[i]).toBeCloseTo(1 / (1 + Math.exp(-v)), 10))
  })

  it('linear′ is 1, square′ is 2x and exp′ is exp', async () => {
    const linear = await derivativeOver('linear')
    linear.dydx.forEach((d) => expect(d).toBe(1))
    const sq = await derivativeOver('square')
    sq.x.forEach((v, i) => expect(sq.dydx[i]).toBeCloseTo(2 * v, 12))
    const e = await derivativeOver('exp')
    e.x.forEach((v, i) => expect(e.dydx[i]).toBeCloseTo(Math.exp(v), 10))
  })

  it('outputs f(x) from both nodes', async () => {
    for (const fn of FUNCTIONS) {
      const { y, value } = await derivativeOver(fn)
      expect(value).toEqual(y)
    }
  })

  it('keeps tanh′ finite far from 0', async () => {
    const x = tensor([-400, 400], undefined, { dtype: 'float64' })
    const act = await evaluate(activation, { x }, { fn: 'tanh' })
    const { dydx } = await evaluate(derivative, { fn: act.fn })
    expect(dydx.toArray()).toEqual([0, 0])
  })

  it('keeps the shape of x', async () => {
    const x = tensor([[1, 2, 3], [4, 5, 6]])
    const { y } = await evaluate(activation, { x }, { fn: 'sigmoid' })
    expect(y.shape).toEqual([2, 3])
  })
})
