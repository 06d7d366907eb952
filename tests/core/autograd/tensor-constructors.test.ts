import { describe, expect, it } from 'vitest'
import { Tensor } from '../../../src/core/tensor.ts'
import { record } from '../../../src/core/autograd/record.ts'
import { noGrad } from '../../../src/core/autograd/mode.ts'

const values = (): Float64Array => Float64Array.from([1, 2, 3, 4])

describe('Tensor.constant', () => {
  it('makes a leaf no gradient flows to', () => {
    const t = Tensor.constant(values(), [2, 2])
    expect([t.requiresGrad, t.isLeaf, t.op]).toEqual([false, true, 'const'])
  })

  it('wraps the given storage without copying it', () => {
    const data = values()
    expect(Tensor.constant(data, [4]).data).toBe(data)
  })

  it('refuses a shape that does not hold the data', () => {
    expect(() => Tensor.constant(values(), [3])).toThrow(/shape \[3\] holds 3 values but data has 4/)
  })
})

describe('Tensor.variable', () => {
  it('makes a leaf that requires a gradient', () => {
    const v = Tensor.variable(values(), [4])
    expect([v.requiresGrad, v.isLeaf, v.op]).toEqual([true, true, 'variable'])
  })

  it('labels a watched input with the op it is given', () => {
    expect(Tensor.variable(values(), [4], 'watch').op).toBe('watch')
  })
})

describe('Tensor.fromOp', () => {
  it('keeps its parents and backward function when given a graph', () => {
    const x = Tensor.variable(values(), [4])
    const backward = (): void => {}
    const y = Tensor.fromOp('id', values(), [4], { parents: [x], backward })
    expect([y.requiresGrad, y.isLeaf, y.parents[0] === x, y.backwardFn === backward]).toEqual([true, false, true, true])
  })

  it('makes a plain value labelled by its op without a graph', () => {
    const y = Tensor.fromOp('id', values(), [4])
    expect([y.requiresGrad, y.isLeaf, y.op, y.parents.length]).toEqual([false, true, 'id', 0])
  })

  it('is what record returns when no gradient is being recorded', () => {
    const x = Tensor.variable(values(), [4])
    const y = noGrad(() => record('id', values(), [4], [x], () => {}))
    expect([y.requiresGrad, y.op]).toEqual([false, 'id'])
  })
})
