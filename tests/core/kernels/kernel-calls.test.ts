import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Tensor } from '../../../src/core/tensor.ts'
import { tensor, variable } from '../../../src/core/creation.ts'
import type { Kernels } from '../../../src/core/kernels/kernels.ts'
import { setKernels } from '../../../src/core/kernels/index.ts'
import { tsKernels } from '../../../src/core/kernels/ts/index.ts'
import { backward, gradients } from '../../../src/core/autograd/backward.ts'
import { neg, exp, log, sqrt, square, abs, relu, sigmoid, tanh, softplus } from '../../../src/core/ops/unary.ts'
import { add, sub, mul, div, pow } from '../../../src/core/ops/binary.ts'
import { matmul } from '../../../src/core/ops/matmul.ts'
import { sum, mean, max } from '../../../src/core/ops/reduce.ts'
import { softmax, logSoftmax } from '../../../src/core/ops/softmax.ts'
import { reshape, transpose, gatherRows } from '../../../src/core/ops/shape.ts'
import { clip } from '../../../src/core/ops/clip.ts'
import { dense } from '../../../src/core/ops/dense.ts'
import { seededInputs } from '../../helpers/gradcheck.ts'
import { CountingKernels } from './counting-kernels.ts'
import type { KernelName } from './counting-kernels.ts'

interface OpCase {
  op: string
  f: (...xs: Tensor[]) => Tensor
  shapes: number[][]
  /** The kernels the forward pass calls, sorted. */
  forward: KernelName[]
  /** The kernels the backward pass calls, sorted. */
  backward: KernelName[]
}

const unaryCases: OpCase[] = Object.entries({ neg, exp, log, sqrt, square, abs, relu, sigmoid, tanh, softplus }).map(([op, f]) => ({
  op,
  f,
  shapes: [[2, 3]],
  forward: ['unary'],
  backward: ['unaryBackward'],
}))

const binaryCases: OpCase[] = Object.entries({ add, sub, mul, div, pow }).map(([op, f]) => ({
  op: `${op} with broadcasting`,
  f,
  shapes: [[2, 3], [3]],
  forward: ['binary'],
  backward: ['binaryBackward'],
}))

const denseCases: OpCase[] = [
  { op: 'dense(linear)', f: (x, w, b) => dense(x, w, b, 'linear'), shapes: [[2, 3], [3, 4], [4]], forward: ['matmul'], backward: ['matmul', 'reduceSum'] },
  ...(['relu', 'sigmoid', 'tanh'] as const).map((activation): OpCase => ({
    op: `dense(${activation})`,
    f: (x, w, b) => dense(x, w, b, activation),
    shapes: [[2, 3], [3, 4], [4]],
    forward: ['matmul'],
    backward: ['activationBackward', 'matmul', 'reduceSum'],
  })),
  { op: 'dense(softmax)', f: (x, w, b) => dense(x, w, b, 'softmax'), shapes: [[2, 3], [3, 4], [4]], forward: ['matmul', 'softmaxRows'], backward: ['matmul', 'reduceSum', 'softmaxRowsBackward'] },
]

const otherCases: OpCase[] = [
  { op: 'matmul', f: matmul, shapes: [[2, 3], [3, 4]], forward: ['matmul'], backward: ['matmul'] },
  { op: 'sum', f: (x) => sum(x, 1), shapes: [[2, 3]], forward: ['reduceSum'], backward: ['broadcastAccumulate'] },
  { op: 'mean', f: (x) => mean(x, 0), shapes: [[2, 3]], forward: ['binaryScalar', 'reduceSum'], backward: ['broadcastAccumulate'] },
  { op: 'max', f: (x) => max(x, 1), shapes: [[2, 3]], forward: ['reduceMax'], backward: ['scatterAddRows'] },
  { op: 'softmax', f: softmax, shapes: [[2, 3]], forward: ['softmaxRows'], backward: ['softmaxRowsBackward'] },
  { op: 'logSoftmax', f: logSoftmax, shapes: [[2, 3]], forward: ['softmaxRows'], backward: ['softmaxRowsBackward'] },
  // A reshape shares x's storage: its forward pass has no loop at all.
  { op: 'reshape', f: (x) => reshape(x, [3, 2]), shapes: [[2, 3]], forward: [], backward: ['accumulate'] },
  { op: 'transpose', f: (x) => transpose(x), shapes: [[2, 3]], forward: ['transpose'], backward: ['accumulate', 'transpose'] },
  { op: 'gatherRows', f: (x) => gatherRows(x, [1, 0, 1]), shapes: [[2, 3]], forward: ['gatherRows'], backward: ['scatterAddRows'] },
  { op: 'clip', f: (x) => clip(x, 0.8, 1.5), shapes: [[2, 3]], forward: ['clip'], backward: ['clipBackward'] },
]

const cases = [...unaryCases, ...binaryCases, ...denseCases, ...otherCases]

/** Trainable inputs in [0.5, 2): valid for log, sqrt and pow's base. */
function inputs(shapes: readonly number[][]): Tensor[] {
  const make = seededInputs(901)
  return shapes.map((shape) => variable(make.positive(shape)))
}

describe('a replacement kernel set', () => {
  let counting: CountingKernels
  let previous: Kernels

  beforeEach(() => {
    counting = new CountingKernels(tsKernels)
    previous = setKernels(counting.kernels)
  })

  afterEach(() => {
    setKernels(previous)
  })

  it.each(cases)('runs the forward pass of $op', ({ f, shapes, forward }) => {
    f(...inputs(shapes))
    expect(counting.called()).toEqual(forward)
  })

  it.each(cases)('runs the backward pass of $op', ({ f, shapes, backward }) => {
    const xs = inputs(shapes)
    const y = f(...xs)
    counting.reset()
    gradients(y, xs)
    expect(counting.called()).toEqual(backward)
  })

  it('adds a second backward() into .grad with its accumulate kernel', () => {
    const w = variable(tensor([1, 2, 3]))
    backward(square(w))
    counting.reset()
    backward(square(w))
    expect(counting.count('accumulate')).toBe(1)
  })
})
