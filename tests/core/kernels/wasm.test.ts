import { describe, expect, it } from 'vitest'
import type { DType, Storage } from '../../../src/core/dtype.ts'
import { allocate, fromNumbers } from '../../../src/core/dtype.ts'
import type { FusedActivation, MatmulSpec } from '../../../src/core/kernels/kernels.ts'
import { kernels } from '../../../src/core/kernels/index.ts'
import { tsKernels } from '../../../src/core/kernels/ts/index.ts'
import { createWasmKernels } from '../../../src/core/kernels/wasm/index.ts'
import { GEMM_WASM_BASE64 } from '../../../src/core/kernels/wasm/gemm-bytes.ts'
import { GEMM_WAT, assembleWat } from '../../../scripts/build-wasm.ts'
import { Lcg } from '../../helpers/gradcheck.ts'

const wasm = createWasmKernels()

function randomStorage(dtype: DType, size: number, rng: Lcg): Storage {
  return fromNumbers(dtype, Array.from({ length: size }, () => rng.uniform(-1, 1)))
}

/** Runs both kernels on the same operands and returns their results. */
function bothKernels(dtype: DType, m: number, k: number, n: number, options: Partial<MatmulSpec> & { withBias?: boolean }, seed: number): [Storage, Storage] {
  const rng = new Lcg(seed)
  const a = randomStorage(dtype, m * k, rng)
  const b = randomStorage(dtype, k * n, rng)
  const bias = options.withBias ? randomStorage(dtype, n, rng) : undefined
  const start = options.accumulate ? randomStorage(dtype, m * n, rng) : allocate(dtype, m * n).fill(Number.NaN)
  const run = (matmul: (spec: MatmulSpec) => void): Storage => {
    const c = start.slice()
    matmul({ a, b, c, m, k, n, transA: options.transA, transB: options.transB, accumulate: options.accumulate, bias, activation: options.activation })
    return c
  }
  if (!wasm) throw new Error('WebAssembly SIMD is not available')
  return [run(tsKernels.matmul), run(wasm.matmul)]
}

const SHAPES: Array<[number, number, number]> = [
  [3, 5, 7],
  [30, 33, 64],
  [33, 30, 7],
  [257, 33, 5],
  [5, 257, 33],
  [64, 64, 64],
  [1, 257, 257],
  [257, 257, 1],
  [150, 4, 256],
  [30, 256, 256],
]
const ACTIVATIONS: FusedActivation[] = ['linear', 'relu', 'sigmoid', 'tanh']

describe('the WebAssembly SIMD matmul kernel', () => {
  it('runs in Node: the core picks it as its kernel set', () => {
    expect(wasm?.name).toBe('wasm-simd')
    expect(kernels().name).toBe('wasm-simd')
  })

  it.each(['float32', 'float64'] as const)('gives bit-identical results to the TypeScript kernel in %s, for every transpose, bias, accumulation and activation', (dtype) => {
    let seed = 1
    for (const [m, k, n] of SHAPES) {
      for (const transA of [false, true]) {
        for (const transB of [false, true]) {
          const options = { transA, transB, accumulate: seed % 3 === 0, withBias: seed % 2 === 0, activation: ACTIVATIONS[seed % 4] }
          const [expected, actual] = bothKernels(dtype, m, k, n, options, seed++)
          expect(actual, `${dtype} ${m}×${k}×${n} ${JSON.stringify(options)}`).toEqual(expected)
        }
      }
    }
  })

  it('grows its memory for a product larger than any before', () => {
    const [expected, actual] = bothKernels('float32', 600, 300, 500, {}, 7)
    expect(actual).toEqual(expected)
  })

  it('embeds exactly the assembly of gemm.wat (run npm run wasm after editing it)', async () => {
    const assembled = Buffer.from(await assembleWat(GEMM_WAT)).toString('base64')
    expect(GEMM_WASM_BASE64).toBe(assembled)
  })
})
