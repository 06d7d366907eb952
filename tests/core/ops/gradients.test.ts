import { describe, expect, it } from 'vitest'
import type { Tensor } from '../../../src/core/tensor.ts'
import { tensor } from '../../../src/core/creation.ts'
import { neg, exp, log, sqrt, square, abs, relu, sigmoid, tanh } from '../../../src/core/ops/unary.ts'
import { add, sub, mul, div, pow } from '../../../src/core/ops/binary.ts'
import { matmul } from '../../../src/core/ops/matmul.ts'
import { sum, mean, max } from '../../../src/core/ops/reduce.ts'
import { softmax, logSoftmax } from '../../../src/core/ops/softmax.ts'
import { reshape, transpose, gatherRows } from '../../../src/core/ops/shape.ts'
import { clip } from '../../../src/core/ops/clip.ts'
import { dense } from '../../../src/core/ops/dense.ts'
import type { DenseActivation } from '../../../src/core/ops/dense.ts'
import { noGrad } from '../../../src/core/autograd/mode.ts'
import { assertGradients, checkGradients, seededInputs } from '../../helpers/gradcheck.ts'

/** Smallest |v| over a tensor: how far pre-activations sit from relu's kink. */
function minAbs(t: Tensor): number {
  let m = Infinity
  for (const v of t.data) m = Math.min(m, Math.abs(v))
  return m
}

describe('the gradient checker', () => {
  it('reports a mismatch when a backward pass is wrong', () => {
    const x = seededInputs(1).positive([3])
    // Autograd sees x², the finite differences see 3x: a stand-in for a wrong backward pass.
    let calls = 0
    const sneaky = (t: Tensor): Tensor => (calls++ === 0 ? square(t) : mul(t, 3))
    const result = checkGradients(sneaky, [x])
    expect(result.ok).toBe(false)
    expect(result.failures.length).toBeGreaterThan(0)
  })

  it('refuses a vacuous check in which every gradient is zero', () => {
    const x = seededInputs(2).uniform([4], { low: 3, high: 4 })
    expect(checkGradients((t) => clip(t, -1, 1), [x]).ok).toBe(false)
    expect(checkGradients((t) => clip(t, -1, 1), [x], { allowZeroGradient: true }).ok).toBe(true)
  })

  it('refuses float32 inputs, which cannot resolve the finite-difference step', () => {
    expect(() => checkGradients(exp, [tensor([1, 2])])).toThrow(/float64/)
  })
})

describe('unary op gradients match central differences', () => {
  const make = seededInputs(101)
  const cases: Array<{ name: string; f: (x: Tensor) => Tensor; x: Tensor }> = [
    { name: 'neg', f: neg, x: make.uniform([3, 4]) },
    { name: 'exp', f: exp, x: make.uniform([3, 4]) },
    { name: 'log on positive inputs', f: log, x: make.positive([3, 4]) },
    { name: 'sqrt on positive inputs', f: sqrt, x: make.positive([3, 4]) },
    { name: 'square', f: square, x: make.uniform([3, 4]) },
    { name: 'abs away from zero', f: abs, x: make.nonzero([3, 4]) },
    { name: 'relu away from zero', f: relu, x: make.nonzero([3, 4]) },
    { name: 'sigmoid', f: sigmoid, x: make.uniform([3, 4], { low: -4, high: 4 }) },
    { name: 'tanh', f: tanh, x: make.uniform([3, 4], { low: -3, high: 3 }) },
  ]
  it.each(cases)('for $name', ({ f, x }) => {
    assertGradients(f, [x])
  })

  it('for a unary op applied to a rank-0 tensor', () => {
    assertGradients(tanh, [tensor(0.3, [], { dtype: 'float64' })])
  })
})

describe('binary op gradients match central differences', () => {
  it('for add, sub, mul and div on equal shapes', () => {
    const make = seededInputs(201)
    const a = make.uniform([3, 4])
    const b = make.positive([3, 4])
    for (const op of [add, sub, mul, div]) assertGradients(op, [a, b])
  })

  it('for pow with a positive base and a tensor exponent, in both arguments', () => {
    const make = seededInputs(202)
    assertGradients(pow, [make.positive([3, 4]), make.uniform([3, 4], { low: -2, high: 3 })])
  })

  it('for add broadcasting [3, 4] with [4], summing the gradient over the stretched axis', () => {
    const make = seededInputs(203)
    assertGradients(add, [make.uniform([3, 4]), make.uniform([4])])
  })

  it('for mul broadcasting [3, 1] with [1, 4] into [3, 4]', () => {
    const make = seededInputs(204)
    assertGradients(mul, [make.uniform([3, 1]), make.uniform([1, 4])])
  })

  it('for sub broadcasting a [2, 3, 4] tensor with a [3, 1] tensor', () => {
    const make = seededInputs(205)
    assertGradients(sub, [make.uniform([2, 3, 4]), make.uniform([3, 1])])
  })

  it('for div broadcasting a [4] numerator over a [3, 4] denominator', () => {
    const make = seededInputs(206)
    assertGradients(div, [make.uniform([4]), make.positive([3, 4])])
  })

  it('for pow broadcasting a [3, 4] base with a [4] exponent', () => {
    const make = seededInputs(207)
    assertGradients(pow, [make.positive([3, 4]), make.uniform([4], { low: -1, high: 2 })])
  })

  it('for a rank-0 tensor combined with a matrix', () => {
    const make = seededInputs(208)
    assertGradients(mul, [make.uniform([]), make.uniform([3, 4])])
  })

  it('for plain numbers as either argument of add, sub, mul and div', () => {
    const x = seededInputs(209).positive([3, 4])
    assertGradients((t) => add(t, 2), [x])
    assertGradients((t) => add(2, t), [x])
    assertGradients((t) => sub(1, t), [x])
    assertGradients((t) => mul(-3, t), [x])
    assertGradients((t) => div(t, 4), [x])
    assertGradients((t) => div(1, t), [x])
  })

  it('for pow with a number exponent and with a number base', () => {
    const x = seededInputs(210).positive([3, 4])
    assertGradients((t) => pow(t, 3), [x])
    assertGradients((t) => pow(t, 0.5), [x])
    assertGradients((t) => pow(2, t), [x])
  })

  it('for an input used twice (x·x), accumulating both contributions', () => {
    const x = seededInputs(211).uniform([3, 4])
    const result = assertGradients((t) => mul(t, t), [x])
    // d(x²)/dx = 2x, weighted: twice the one-sided contribution, not once.
    expect(result.analytic[0].data[0]).toBeCloseTo(result.numeric[0].data[0], 6)
  })

  it('for an input reaching the output along two different paths', () => {
    const make = seededInputs(212)
    assertGradients((x, y) => add(mul(x, y), exp(x)), [make.uniform([3, 4]), make.uniform([4])])
  })
})

describe('matmul gradients match central differences', () => {
  it('for a [3, 4] by [4, 5] product', () => {
    const make = seededInputs(301)
    assertGradients(matmul, [make.uniform([3, 4]), make.uniform([4, 5])])
  })

  it('for a row vector times a matrix and a matrix times a column vector', () => {
    const make = seededInputs(302)
    assertGradients(matmul, [make.uniform([1, 6]), make.uniform([6, 3])])
    assertGradients(matmul, [make.uniform([5, 6]), make.uniform([6, 1])])
  })

  it('for a product large enough to take the packed kernel path', () => {
    const make = seededInputs(303)
    // 17·33·19 = 10659 multiply-adds, above the 8192 small-product threshold.
    assertGradients(matmul, [make.uniform([17, 33]), make.uniform([33, 19])], { atol: 1e-6 })
  })

  it('for a matrix multiplied by its own transpose', () => {
    const x = seededInputs(304).uniform([3, 4])
    assertGradients((t) => matmul(t, transpose(t)), [x])
  })
})

describe('reduction gradients match central differences', () => {
  const x3 = seededInputs(401).uniform([2, 3, 4])

  it('for sum over all axes', () => {
    assertGradients((t) => sum(t), [x3])
  })

  it('for sum over axis 0 of a matrix', () => {
    assertGradients((t) => sum(t, 0), [seededInputs(402).uniform([3, 4])])
  })

  it('for sum over axis 1 of a matrix with keepDims', () => {
    assertGradients((t) => sum(t, 1, { keepDims: true }), [seededInputs(403).uniform([3, 4])])
  })

  it('for sum over axes [0, 2] of a 3-D tensor, with and without keepDims', () => {
    assertGradients((t) => sum(t, [0, 2]), [x3])
    assertGradients((t) => sum(t, [0, 2], { keepDims: true }), [x3])
  })

  it('for sum over a negative axis', () => {
    assertGradients((t) => sum(t, -1), [x3])
  })

  it('for mean over all axes', () => {
    assertGradients((t) => mean(t), [x3])
  })

  it('for mean over axis 1 of a 3-D tensor with keepDims', () => {
    assertGradients((t) => mean(t, 1, { keepDims: true }), [x3])
  })

  it('for mean over axes [0, 1] of a 3-D tensor', () => {
    assertGradients((t) => mean(t, [0, 1]), [x3])
  })

  it('for max over all axes, routing the gradient to the winner', () => {
    assertGradients((t) => max(t), [seededInputs(404).distinct([3, 4])])
  })

  it('for max over axis 1 of a matrix with keepDims', () => {
    assertGradients((t) => max(t, 1, { keepDims: true }), [seededInputs(405).distinct([3, 4])])
  })

  it('for max over axes [0, 2] of a 3-D tensor', () => {
    assertGradients((t) => max(t, [0, 2]), [seededInputs(406).distinct([2, 3, 4])])
  })

  it('for max over axis 0 of a 3-D tensor with keepDims', () => {
    assertGradients((t) => max(t, 0, { keepDims: true }), [seededInputs(407).distinct([2, 3, 4])])
  })
})

describe('softmax gradients match central differences', () => {
  it('for softmax over the rows of a matrix', () => {
    assertGradients(softmax, [seededInputs(501).uniform([3, 5], { low: -2, high: 2 })])
  })

  it('for softmax of a vector and of a 3-D tensor', () => {
    const make = seededInputs(502)
    assertGradients(softmax, [make.uniform([6], { low: -2, high: 2 })])
    assertGradients(softmax, [make.uniform([2, 3, 4], { low: -2, high: 2 })])
  })

  it('for logSoftmax over the rows of a matrix', () => {
    assertGradients(logSoftmax, [seededInputs(503).uniform([3, 5], { low: -2, high: 2 })])
  })

  it('for logSoftmax of a 3-D tensor', () => {
    assertGradients(logSoftmax, [seededInputs(504).uniform([2, 3, 4], { low: -2, high: 2 })])
  })
})

describe('shape op gradients match central differences', () => {
  it('for reshape from [2, 6] to [3, 4]', () => {
    assertGradients((t) => reshape(t, [3, 4]), [seededInputs(601).uniform([2, 6])])
  })

  it('for reshape with an inferred -1 dimension, followed by an op', () => {
    assertGradients((t) => exp(reshape(t, [-1, 2])), [seededInputs(602).uniform([2, 3, 2])])
  })

  it('for a default (matrix) transpose', () => {
    assertGradients((t) => transpose(t), [seededInputs(603).uniform([3, 5])])
  })

  it('for transpose of a 3-D tensor by the permutation [2, 0, 1]', () => {
    assertGradients((t) => transpose(t, [2, 0, 1]), [seededInputs(604).uniform([2, 3, 4])])
  })

  it('for transpose of a 3-D tensor by the permutation [1, 2, 0], followed by an op', () => {
    assertGradients((t) => square(transpose(t, [1, 2, 0])), [seededInputs(605).uniform([2, 3, 4])])
  })

  it('for gatherRows with a repeated index, accumulating the gradient of that row', () => {
    const x = seededInputs(606).uniform([4, 3])
    const result = assertGradients((t) => gatherRows(t, [0, 2, 0, 0]), [x])
    // Row 1 and row 3 are never picked.
    for (const row of [1, 3]) for (let j = 0; j < 3; j++) expect(result.analytic[0].data[row * 3 + j]).toBe(0)
  })

  it('for gatherRows of a 3-D tensor', () => {
    assertGradients((t) => gatherRows(t, [2, 1, 2]), [seededInputs(607).uniform([3, 2, 2])])
  })

  it('for clip with values inside and outside the range, away from the bounds', () => {
    const x = seededInputs(608).uniform([4, 5], { low: -2, high: 2, avoid: [-0.5, 0.8], margin: 0.05 })
    const result = assertGradients((t) => clip(t, -0.5, 0.8), [x])
    // Only elements inside the range carry a gradient.
    for (let i = 0; i < x.size; i++) {
      if (x.data[i] < -0.5 || x.data[i] > 0.8) expect(result.analytic[0].data[i]).toBe(0)
    }
  })
})

describe('dense gradients match central differences', () => {
  const activations: DenseActivation[] = ['linear', 'relu', 'sigmoid', 'tanh', 'softmax']
  const make = seededInputs(701)
  const x = make.uniform([5, 4])
  const kernel = make.uniform([4, 3])
  const bias = make.uniform([3])

  it('with pre-activations away from relu’s kink (test precondition)', () => {
    noGrad(() => {
      expect(minAbs(dense(x, kernel, bias, 'linear'))).toBeGreaterThan(1e-3)
      expect(minAbs(dense(x, kernel, null, 'linear'))).toBeGreaterThan(1e-3)
    })
  })

  it.each(activations)('for the %s activation with a bias, in x, kernel and bias', (activation) => {
    assertGradients((a, w, b) => dense(a, w, b, activation), [x, kernel, bias])
  })

  it.each(activations)('for the %s activation without a bias, in x and kernel', (activation) => {
    assertGradients((a, w) => dense(a, w, null, activation), [x, kernel])
  })

  it('for a dense layer large enough to take the packed kernel path', () => {
    const big = seededInputs(702)
    const bx = big.uniform([16, 32])
    const bw = big.uniform([32, 20], { low: -0.3, high: 0.3 })
    const bb = big.uniform([20])
    assertGradients((a, w, b) => dense(a, w, b, 'tanh'), [bx, bw, bb], { atol: 1e-6 })
  })

  it('agrees with the unfused composition act(x·W + b)', () => {
    const fused = dense(x, kernel, bias, 'sigmoid')
    const unfused = sigmoid(add(matmul(x, kernel), bias))
    for (let i = 0; i < fused.size; i++) expect(fused.data[i]).toBeCloseTo(unfused.data[i], 12)
  })

  it('for a small two-layer network composed of dense, relu and logSoftmax', () => {
    const net = seededInputs(703)
    const w1 = net.uniform([4, 6])
    const w2 = net.uniform([6, 3])
    noGrad(() => expect(minAbs(matmul(x, w1))).toBeGreaterThan(1e-3))
    assertGradients((a, u, v) => mean(logSoftmax(matmul(relu(dense(a, u, null, 'linear')), v))), [x, w1, w2])
  })
})
