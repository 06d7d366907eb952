import type { Kernels } from '../kernels.ts'
import { tsKernels } from '../ts/index.ts'
import { loadGemm, wasmMatmul } from './matmul.ts'

/**
 * The TypeScript kernels with matmul on WebAssembly SIMD, or null where the engine lacks it
 * (then the TypeScript set runs alone: the numbers are the same either way).
 */
export function createWasmKernels(): Kernels | null {
  const gemm = loadGemm()
  return gemm ? { ...tsKernels, name: 'wasm-simd', matmul: wasmMatmul(gemm) } : null
}
