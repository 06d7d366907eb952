import type { Kernels } from '../kernels.ts'
import { matmul } from './matmul.ts'
import { unary, unaryBackward } from './unary.ts'
import { activationBackward } from './activation.ts'
import { binary, binaryScalar, accumulate } from './binary.ts'
import { binaryBackward } from './binary-backward.ts'
import { clip, clipBackward } from './clip.ts'
import { reduceSum, reduceMax, broadcastAccumulate } from './reduce.ts'
import { softmaxRows, softmaxRowsBackward } from './softmax.ts'
import { gatherRows, scatterAddRows } from './rows.ts'
import { transpose } from './transpose.ts'

/** The portable kernel set: plain TypeScript loops over typed arrays. */
export const tsKernels: Kernels = {
  name: 'typescript',
  matmul,
  unary,
  unaryBackward,
  activationBackward,
  binaryScalar,
  accumulate,
  clip,
  clipBackward,
  binary,
  binaryBackward,
  reduceSum,
  broadcastAccumulate,
  reduceMax,
  softmaxRows,
  softmaxRowsBackward,
  gatherRows,
  scatterAddRows,
  transpose,
}
