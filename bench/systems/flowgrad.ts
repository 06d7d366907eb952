/**
 * Flowgrad's side of the benchmarks: its public core API, run on whatever kernel set
 * is active (by default the portable TypeScript one). Nothing to initialize; this
 * names the system and its kernels for the report.
 */
import { kernels } from '../../src/core/index.ts'

export const FLOWGRAD = 'flowgrad'

export interface FlowgradInfo {
  /** The active kernel set, e.g. "typescript". */
  kernels: string
}

export function flowgradInfo(): FlowgradInfo {
  return { kernels: kernels().name }
}
