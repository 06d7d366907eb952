import { describe, expect, it } from 'vitest'
import type { Tensor } from '../../../src/core/tensor.ts'
import { tensor, scalar, linspace } from '../../../src/core/creation.ts'
import { FlowgradError } from '../../../src/core/errors.ts'
import { neg, exp, log, sqrt, square, abs, relu, sigmoid, tanh } from '../../../src/core/ops/unary.ts'
import { add, sub, mul, div, pow } from '../../../src/core/ops/binary.ts'
import { matmul } from '../../../src/core/ops/matmul.ts'
import { sum, mean, max } from '../../../src/core/ops/reduce.ts'
import { softmax, logSoftmax } from '../../../src/core/ops/softmax.ts'
import { reshape, transpose, gatherRows } from '../../../src/core/ops/shape.ts'
import { clip } from '../../../src/core/ops/clip.ts'
import { dense } from '../../../src/core/ops/dense.ts'

const f64 = { dtype: 'float64' } as const

/** Elementwise closeness with a readable failure. */
function expectValues(t: Tensor, expected: readonly number[], digits = 6): void {
  expect(t.size).toBe(expected.length)
  t.toArray().forEach((v, i) => expect(v, `element ${i}`).toBeCloseTo(expected[i], digits))
}

/** Runs `fn`, expecting a FlowgradError, and returns its message. */
function errorOf(fn: () => unknown): string {
  try {
    fn()
  } catch (e) {
    expect(e).toBeInstanceOf(FlowgradError)
    return (e as Error).message
  }
  throw new Error('expected an error, but none was thrown')
}

describe('elementwise binary ops', () => {
  it('add broadcasts a [4] row over each row of a [3, 4] matrix', () => {
    const y = add(tensor([[0, 0, 0, 0], [10, 10, 10, 10], [20, 20, 20, 20]]), tensor([1, 2, 3, 4]))
    expect(y.shape).toEqual([3, 4])
    expectValues(y, [1, 2, 3, 4, 11, 12, 13, 14, 21, 22, 23, 24])
  })

  it('mul of a [3, 1] column and a [1, 4] row is their outer product', () => {
    const y = mul(tensor([[1], [2], [3]]), tensor([[1, 10, 100, 1000]]))
    expect(y.shape).toEqual([3, 4])
    expectValues(y, [1, 10, 100, 1000, 2, 20, 200, 2000, 3, 30, 300, 3000])
  })

  it('broadcasts [2, 1, 3] with [4, 1] to [2, 4, 3] as NumPy does', () => {
    const a = tensor([0, 1, 2, 100, 101, 102], [2, 1, 3])
    const b = tensor([0, 10, 20, 30], [4, 1])
    const y = add(a, b)
    expect(y.shape).toEqual([2, 4, 3])
    // y[i, j, k] = a[i, 0, k] + b[j, 0]
    expect(y.toNested()).toEqual([
      [[0, 1, 2], [10, 11, 12], [20, 21, 22], [30, 31, 32]],
      [[100, 101, 102], [110, 111, 112], [120, 121, 122], [130, 131, 132]],
    ])
  })

  it('accepts plain numbers on either side of sub and div', () => {
    const x = tensor([1, 2, 4])
    expectValues(sub(10, x), [9, 8, 6])
    expectValues(sub(x, 1), [0, 1, 3])
    expectValues(div(1, x), [1, 0.5, 0.25])
    expectValues(div(x, 2), [0.5, 1, 2])
  })

  it('combines a rank-0 tensor with a matrix element by element', () => {
    const y = mul(scalar(3), tensor([[1, 2], [3, 4]]))
    expect(y.shape).toEqual([2, 2])
    expectValues(y, [3, 6, 9, 12])
  })

  it('computes pow with tensor and number exponents', () => {
    expectValues(pow(tensor([2, 3, 4]), tensor([3, 2, 0.5])), [8, 9, 2])
    expectValues(pow(tensor([1, 2, 3]), 2), [1, 4, 9])
    expectValues(pow(2, tensor([0, 1, 10])), [1, 2, 1024])
  })

  it('keeps float32 by default and promotes to float64 when either side is float64', () => {
    expect(add(tensor([1]), tensor([2])).dtype).toBe('float32')
    expect(add(tensor([1]), tensor([2], undefined, f64)).dtype).toBe('float64')
    expect(mul(tensor([1], undefined, f64), 2).dtype).toBe('float64')
  })
})

describe('elementwise unary ops', () => {
  it('compute neg, exp, log, sqrt, square and abs', () => {
    const x = tensor([1, 4, 9], undefined, f64)
    expectValues(neg(x), [-1, -4, -9])
    expectValues(exp(tensor([0, 1, -1], undefined, f64)), [1, Math.E, 1 / Math.E], 12)
    expectValues(log(x), [0, Math.log(4), Math.log(9)], 12)
    expectValues(sqrt(x), [1, 2, 3])
    expectValues(square(tensor([-3, 0.5])), [9, 0.25])
    expectValues(abs(tensor([-2, 0, 3])), [2, 0, 3])
  })

  it('relu zeroes negatives and keeps positives', () => {
    expectValues(relu(tensor([-2, -0.5, 0, 0.5, 2])), [0, 0, 0, 0.5, 2])
  })

  it('sigmoid matches 1 / (1 + e^-x)', () => {
    const xs = [-3, -1, 0, 1, 3]
    expectValues(sigmoid(tensor(xs, undefined, f64)), xs.map((v) => 1 / (1 + Math.exp(-v))), 12)
  })

  it('sigmoid saturates to exactly 0 and 1 at ±1000 without NaN', () => {
    for (const dtype of ['float32', 'float64'] as const) {
      const y = sigmoid(tensor([-1000, 1000], undefined, { dtype }))
      expect(y.toArray()).toEqual([0, 1])
    }
  })

  it('tanh matches Math.tanh and saturates at ±1', () => {
    expectValues(tanh(tensor([-1, 0, 0.5, 1], undefined, f64)), [Math.tanh(-1), 0, Math.tanh(0.5), Math.tanh(1)], 12)
    expect(tanh(tensor([-1000, 1000])).toArray()).toEqual([-1, 1])
  })
})

describe('reductions', () => {
  const m = tensor([[1, 2, 3], [4, 5, 6]])
  const t3 = tensor(Array.from({ length: 24 }, (_, i) => i), [2, 3, 4])

  it('sum over all axes gives a rank-0 tensor', () => {
    const s = sum(m)
    expect(s.shape).toEqual([])
    expect(s.item()).toBe(21)
  })

  it('sum over axis 0 and axis 1 of a matrix', () => {
    expectValues(sum(m, 0), [5, 7, 9])
    expectValues(sum(m, 1), [6, 15])
  })

  it('sum with keepDims keeps the reduced axis with size 1', () => {
    const s = sum(m, 1, { keepDims: true })
    expect(s.shape).toEqual([2, 1])
    expectValues(s, [6, 15])
  })

  it('sum over axes [0, 2] of a 3-D tensor matches NumPy', () => {
    // np.arange(24).reshape(2, 3, 4).sum(axis=(0, 2)) == [60, 92, 124]
    const s = sum(t3, [0, 2])
    expect(s.shape).toEqual([3])
    expectValues(s, [60, 92, 124])
  })

  it('sum over a negative axis counts from the end', () => {
    expect(sum(t3, -1).toArray()).toEqual(sum(t3, 2).toArray())
  })

  it('mean divides by the number of reduced elements', () => {
    expect(mean(m).item()).toBeCloseTo(3.5)
    expectValues(mean(m, 0), [2.5, 3.5, 4.5])
    // np.arange(24).reshape(2, 3, 4).mean(axis=1) row 0 == [4, 5, 6, 7]
    const r = mean(t3, 1, { keepDims: true })
    expect(r.shape).toEqual([2, 1, 4])
    expectValues(r, [4, 5, 6, 7, 16, 17, 18, 19])
  })

  it('max over axes, with and without keepDims', () => {
    const x = tensor([[3, -1, 7], [2, 9, -4]])
    expect(max(x).item()).toBe(9)
    expectValues(max(x, 0), [3, 9, 7])
    const rows = max(x, 1, { keepDims: true })
    expect(rows.shape).toEqual([2, 1])
    expectValues(rows, [7, 9])
    // np.arange(24).reshape(2, 3, 4).max(axis=(0, 2)) == [15, 19, 23]
    expectValues(max(t3, [0, 2]), [15, 19, 23])
  })

  it('rejects an axis outside the rank, naming the op', () => {
    expect(errorOf(() => sum(m, 2))).toMatch(/sum.*axis 2/)
  })
})

describe('softmax and logSoftmax', () => {
  it('softmax rows are positive and sum to 1', () => {
    const y = softmax(tensor([[1, 2, 3], [-1, 0, 1], [5, 5, 5]], undefined, f64))
    const rowSums = sum(y, 1).toArray()
    rowSums.forEach((s) => expect(s).toBeCloseTo(1, 12))
    expect(y.toArray().every((v) => v > 0)).toBe(true)
    expectValues(reshape(y, [9]), [
      ...[1, 2, 3].map((v) => Math.exp(v) / (Math.E + Math.E ** 2 + Math.E ** 3)),
      ...[-1, 0, 1].map((v) => Math.exp(v) / (Math.exp(-1) + 1 + Math.E)),
      1 / 3, 1 / 3, 1 / 3,
    ], 12)
  })

  it('softmax of [1000, 1001] is stable and equals softmax of [0, 1]', () => {
    for (const dtype of ['float32', 'float64'] as const) {
      const y = softmax(tensor([1000, 1001], undefined, { dtype }))
      expect(y.toArray().every(Number.isFinite)).toBe(true)
      expectValues(y, [1 / (1 + Math.E), Math.E / (1 + Math.E)], 6)
    }
  })

  it('logSoftmax equals log(softmax) and stays finite for large inputs', () => {
    const x = tensor([[0.5, -1, 2, 0], [1000, 1001, 999, 1000]], undefined, f64)
    const ls = logSoftmax(x).toArray()
    const lsm = log(softmax(x)).toArray()
    ls.forEach((v, i) => {
      expect(Number.isFinite(v)).toBe(true)
      expect(v).toBeCloseTo(lsm[i], 12)
    })
  })

  it('works over the last axis of a 3-D tensor', () => {
    const y = softmax(tensor(Array.from({ length: 24 }, (_, i) => Math.sin(i)), [2, 3, 4], f64))
    expect(y.shape).toEqual([2, 3, 4])
    sum(y, -1).toArray().forEach((s) => expect(s).toBeCloseTo(1, 12))
  })
})

describe('matmul and dense', () => {
  it('matmul of two 2×2 matrices', () => {
    const y = matmul(tensor([[1, 2], [3, 4]]), tensor([[5, 6], [7, 8]]))
    expect(y.shape).toEqual([2, 2])
    expectValues(y, [19, 22, 43, 50])
  })

  it('matmul of [2, 3] by [3, 1] gives a column', () => {
    const y = matmul(tensor([[1, 2, 3], [4, 5, 6]]), tensor([[1], [0], [-1]]))
    expect(y.shape).toEqual([2, 1])
    expectValues(y, [-2, -2])
  })

  it('dense computes act(x·W + b) for relu', () => {
    const x = tensor([[1, 2], [-1, 0]])
    const w = tensor([[1, -1], [1, 1]])
    const b = tensor([0.5, -3])
    // x·W = [[3, 1], [-1, 1]]; + b = [[3.5, -2], [-0.5, -2]]
    expectValues(dense(x, w, b, 'linear'), [3.5, -2, -0.5, -2])
    expectValues(dense(x, w, b, 'relu'), [3.5, 0, 0, 0])
    expectValues(dense(x, w, null, 'linear'), [3, 1, -1, 1])
  })

  it('dense with softmax gives rows that sum to 1', () => {
    const y = dense(tensor([[1, 2], [3, -4]]), tensor([[0.1, 0.2, 0.3], [0.3, -0.2, 0.1]]), tensor([0, 1, 0]), 'softmax')
    sum(y, 1).toArray().forEach((s) => expect(s).toBeCloseTo(1, 6))
  })
})

describe('shape ops and clip', () => {
  it('reshape keeps row-major order and infers a -1 dimension', () => {
    const y = reshape(tensor([1, 2, 3, 4, 5, 6]), [-1, 3])
    expect(y.shape).toEqual([2, 3])
    expect(y.toNested()).toEqual([[1, 2, 3], [4, 5, 6]])
  })

  it('transpose of a matrix swaps rows and columns', () => {
    expect(transpose(tensor([[1, 2, 3], [4, 5, 6]])).toNested()).toEqual([[1, 4], [2, 5], [3, 6]])
  })

  it('transpose of a 3-D tensor by [2, 0, 1] matches NumPy', () => {
    const x = tensor(Array.from({ length: 24 }, (_, i) => i), [2, 3, 4])
    const y = transpose(x, [2, 0, 1])
    expect(y.shape).toEqual([4, 2, 3])
    // np.arange(24).reshape(2, 3, 4).transpose(2, 0, 1)[1] == [[1, 5, 9], [13, 17, 21]]
    expect((y.toNested() as number[][][])[1]).toEqual([[1, 5, 9], [13, 17, 21]])
  })

  it('gatherRows picks rows by index, repeats included', () => {
    const y = gatherRows(tensor([[0, 1], [10, 11], [20, 21]]), [2, 0, 2])
    expect(y.shape).toEqual([3, 2])
    expect(y.toNested()).toEqual([[20, 21], [0, 1], [20, 21]])
  })

  it('clip limits values to [min, max]', () => {
    expectValues(clip(tensor([-5, -1, 0, 0.5, 3]), -1, 1), [-1, -1, 0, 0.5, 1])
  })
})

describe('linspace', () => {
  it('linspace(-4, 4, 100) has exactly -4 and 4 as endpoints and a step of 8/99', () => {
    const x = linspace(-4, 4, 100, f64)
    expect(x.shape).toEqual([100])
    expect(x.data[0]).toBe(-4)
    expect(x.data[99]).toBe(4)
    expect(x.data[1] - x.data[0]).toBeCloseTo(8 / 99, 12)
  })
})

describe('argument errors name the op and the shapes', () => {
  it('matmul with mismatched inner dimensions names matmul and both shapes', () => {
    const message = errorOf(() => matmul(tensor([[1, 2, 3], [4, 5, 6]]), tensor([[1, 2], [3, 4]])))
    expect(message).toMatch(/matmul/)
    expect(message).toContain('[2, 3]')
    expect(message).toContain('[2, 2]')
  })

  it('matmul of a non-matrix names the argument', () => {
    expect(errorOf(() => matmul(tensor([1, 2]), tensor([[1], [2]])))).toMatch(/matmul.*argument a.*\[2\]/)
  })

  it('a broadcasting mismatch names the op and both shapes', () => {
    const message = errorOf(() => add(tensor([1, 2, 3]), tensor([1, 2, 3, 4])))
    expect(message).toMatch(/^add:/)
    expect(message).toContain('[3]')
    expect(message).toContain('[4]')
    expect(errorOf(() => mul(tensor([[1, 2]]), tensor([[1, 2, 3]])))).toMatch(/^mul:/)
  })

  it('reshape to a shape of a different size names reshape and both shapes', () => {
    const message = errorOf(() => reshape(tensor([1, 2, 3, 4, 5, 6]), [4, 2]))
    expect(message).toMatch(/reshape/)
    expect(message).toContain('[6]')
    expect(message).toContain('[4, 2]')
    expect(errorOf(() => reshape(tensor([1, 2, 3, 4, 5, 6]), [-1, 4]))).toMatch(/reshape/)
  })

  it('gatherRows with an out-of-range index names gatherRows and the index', () => {
    const x = tensor([[1, 2], [3, 4], [5, 6]])
    const message = errorOf(() => gatherRows(x, [0, 3]))
    expect(message).toMatch(/gatherRows/)
    expect(message).toMatch(/index 3\b/)
    expect(errorOf(() => gatherRows(x, [-1]))).toMatch(/gatherRows.*index -1/)
  })

  it('clip with min greater than max names clip', () => {
    expect(errorOf(() => clip(tensor([1, 2]), 2, 1))).toMatch(/clip.*min.*max/)
  })

  it('dense with a kernel of the wrong height names dense', () => {
    expect(errorOf(() => dense(tensor([[1, 2]]), tensor([[1], [2], [3]]), null, 'linear'))).toMatch(/^dense:/)
  })

  it('transpose with an invalid permutation names transpose', () => {
    expect(errorOf(() => transpose(tensor([[1, 2]]), [0, 0]))).toMatch(/^transpose:/)
  })
})
