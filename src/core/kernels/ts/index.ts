import type { Kernels } from '../kernels.ts'
import { matmul } from './matmul.ts'
import { unary, unaryBackward } from './unary.ts'
import { binary } from './binary.ts'
import { reduceSum, reduceMax, broadcastAccumulate } from './reduce.ts'
import { softmaxRows, gatherRows, transpose } from './rows.ts'

/** The portable kernel set: plain TypeScript loops over typed arrays. */
export const tsKernels: Kernels = {
  name: 'typescript',
  matmul,
  unary,
  unaryBackward,
  binary,
  reduceSum,
  reduceMax,
  broadcastAccumulate,
  softmaxRows,
  gatherRows,
  transpose,
}
