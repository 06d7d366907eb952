import type { Kernels } from './kernels.ts'
import { tsKernels } from './ts/index.ts'
import { createWasmKernels } from './wasm/index.ts'

export type { Kernels, MatmulSpec, BinaryGradSpec, UnaryOp, BinaryOp, FusedActivation } from './kernels.ts'

let active: Kernels = createWasmKernels() ?? tsKernels

/** The kernel set every op runs on: WebAssembly SIMD where the engine has it. */
export function kernels(): Kernels {
  return active
}

/** Swaps the kernel set (e.g. for a WebAssembly SIMD one); returns the previous set. */
export function setKernels(next: Kernels): Kernels {
  const previous = active
  active = next
  return previous
}
