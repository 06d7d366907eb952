import { describe, it } from 'vitest'
import type { Tensor } from '../../../src/core/tensor.ts'
import { relu, sigmoid, tanh } from '../../../src/core/ops/unary.ts'
import { add, sub, mul, div, pow } from '../../../src/core/ops/binary.ts'
import { mean, max } from '../../../src/core/ops/reduce.ts'
import { softmax, logSoftmax } from '../../../src/core/ops/softmax.ts'
import { reshape, transpose, gatherRows } from '../../../src/core/ops/shape.ts'
import { clip } from '../../../src/core/ops/clip.ts'
import { dense } from '../../../src/core/ops/dense.ts'
import type { KernelName } from './counting-kernels.ts'
import { assertGradients, seededInputs } from '../../helpers/gradcheck.ts'
import type { SeededInputs } from '../../helpers/gradcheck.ts'

interface KernelCase {
  kernel: KernelName
  /** The op built on the kernel, as the test's title names it. */
  op: string
  f: (...xs: Tensor[]) => Tensor
  inputs: (make: SeededInputs) => Tensor[]
}

/** A [2, 1, 4] tensor against a [3, 1] one: each operand is stretched along an axis, so both gradients are summed back. */
const crossBroadcast = (make: SeededInputs): Tensor[] => [make.positive([2, 1, 4]), make.positive([3, 1])]

const cases: KernelCase[] = [
  ...(['relu', 'sigmoid', 'tanh'] as const).map((activation): KernelCase => ({
    kernel: 'activationBackward',
    op: `dense(${activation}) in x, kernel and bias`,
    f: (x, w, b) => dense(x, w, b, activation),
    inputs: (make) => [make.nonzero([3, 5]), make.nonzero([5, 2]), make.nonzero([2])],
  })),
  { kernel: 'activationBackward', op: 'relu of a 3-D tensor', f: relu, inputs: (make) => [make.nonzero([2, 3, 2])] },
  { kernel: 'activationBackward', op: 'sigmoid of a 3-D tensor', f: sigmoid, inputs: (make) => [make.uniform([2, 3, 2], { low: -3, high: 3 })] },
  { kernel: 'activationBackward', op: 'tanh of a 3-D tensor', f: tanh, inputs: (make) => [make.uniform([2, 3, 2], { low: -2, high: 2 })] },
  ...Object.entries({ add, sub, mul, div, pow }).map(([name, f]): KernelCase => ({
    kernel: 'binaryBackward',
    op: `${name} of [2, 1, 4] and [3, 1] operands`,
    f,
    inputs: crossBroadcast,
  })),
  { kernel: 'binaryScalar', op: 'mean over axis 0, whose forward divides the sums by the count', f: (x) => mean(x, 0), inputs: (make) => [make.uniform([5, 2])] },
  { kernel: 'accumulate', op: 'reshape into one axis', f: (x) => reshape(x, [-1]), inputs: (make) => [make.uniform([2, 3, 2])] },
  { kernel: 'accumulate', op: 'transpose of a 3-D tensor by [1, 0, 2]', f: (x) => transpose(x, [1, 0, 2]), inputs: (make) => [make.uniform([2, 3, 2])] },
  { kernel: 'clip', op: 'clip to [-0.3, 0.4]', f: (x) => clip(x, -0.3, 0.4), inputs: (make) => [make.uniform([3, 5], { avoid: [-0.3, 0.4] })] },
  { kernel: 'clipBackward', op: 'clip to a range holding every value', f: (x) => clip(x, -1, 1), inputs: (make) => [make.uniform([3, 5], { low: -0.9, high: 0.9 })] },
  { kernel: 'softmaxRowsBackward', op: 'softmax of a 3-D tensor', f: softmax, inputs: (make) => [make.uniform([2, 2, 3], { low: -2, high: 2 })] },
  { kernel: 'softmaxRowsBackward', op: 'logSoftmax of one row', f: logSoftmax, inputs: (make) => [make.uniform([1, 4], { low: -2, high: 2 })] },
  { kernel: 'softmaxRowsBackward', op: 'dense(softmax) in x, kernel and bias', f: (x, w, b) => dense(x, w, b, 'softmax'), inputs: (make) => [make.uniform([3, 4]), make.uniform([4, 5]), make.uniform([5])] },
  { kernel: 'scatterAddRows', op: 'gatherRows picking the last row three times', f: (x) => gatherRows(x, [4, 4, 4, 0]), inputs: (make) => [make.uniform([5, 2])] },
  { kernel: 'scatterAddRows', op: 'max over axis 1 of a 3-D tensor', f: (x) => max(x, 1), inputs: (make) => [make.distinct([3, 4, 2])] },
]

describe('the op built on each new kernel matches finite differences', () => {
  it.each(cases.map((c, i) => ({ ...c, seed: 1001 + i })))('$kernel: $op', ({ f, inputs, seed }) => {
    assertGradients(f, inputs(seededInputs(seed)))
  })
})
