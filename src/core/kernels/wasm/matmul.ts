/**
 * Matmul with the WebAssembly SIMD micro-kernel (gemm.wat): the TypeScript kernel's packing,
 * summation order and epilogue, with the inner loop two columns per instruction. Results are
 * bit-identical to ../ts/matmul.ts, so switching kernels never changes a number.
 */
import type { MatmulSpec } from '../kernels.ts'
import { applyActivationInPlace } from '../ts/activation.ts'
import { SMALL_PRODUCT, packCols, packRows, smallProduct } from '../ts/matmul.ts'
import { GEMM_WASM_BASE64 } from './gemm-bytes.ts'

const TILE = 4
const PAGE = 65536

interface GemmExports {
  memory: WebAssembly.Memory
  gemm(pa: number, pb: number, bias: number, c: number, rowPanels: number, colPanels: number, k: number): void
}

function decodeBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

/** The instantiated kernel, or null where WebAssembly SIMD is unavailable. */
export function loadGemm(): GemmExports | null {
  if (typeof WebAssembly === 'undefined') return null
  try {
    const instance = new WebAssembly.Instance(new WebAssembly.Module(decodeBase64(GEMM_WASM_BASE64)), {})
    return instance.exports as unknown as GemmExports
  } catch {
    return null
  }
}

/** Makes the module's memory at least `bytes` long. */
function reserve(memory: WebAssembly.Memory, bytes: number): void {
  const missing = bytes - memory.buffer.byteLength
  if (missing > 0) memory.grow(Math.ceil(missing / PAGE))
}

export function wasmMatmul(gemm: GemmExports): (spec: MatmulSpec) => void {
  return (spec) => {
    const { m, k, n, c, bias } = spec
    if (m * k * n <= SMALL_PRODUCT) smallProduct(spec)
    else {
      const rowPanels = Math.ceil(m / TILE)
      const colPanels = Math.ceil(n / TILE)
      const ldc = colPanels * TILE
      // Layout in doubles: packed A, packed B, the bias row, then the padded result.
      const paLen = rowPanels * TILE * k
      const pbLen = colPanels * TILE * k
      const pbAt = paLen
      const biasAt = pbAt + pbLen
      const cAt = biasAt + ldc
      reserve(gemm.memory, (cAt + rowPanels * TILE * ldc) * 8)
      const buffer = gemm.memory.buffer
      packRows(spec.a, m, k, spec.transA === true, new Float64Array(buffer, 0, paLen))
      packCols(spec.b, k, n, spec.transB === true, new Float64Array(buffer, pbAt * 8, pbLen))
      const biasRow = new Float64Array(buffer, biasAt * 8, ldc)
      biasRow.fill(0)
      if (bias) for (let j = 0; j < n; j++) biasRow[j] = bias[j]
      gemm.gemm(0, pbAt * 8, biasAt * 8, cAt * 8, rowPanels, colPanels, k)
      const result = new Float64Array(buffer, cAt * 8, rowPanels * TILE * ldc)
      const add = spec.accumulate === true
      for (let i = 0; i < m; i++) {
        const from = i * ldc
        const to = i * n
        if (add) for (let j = 0; j < n; j++) c[to + j] += result[from + j]
        else for (let j = 0; j < n; j++) c[to + j] = result[from + j]
      }
    }
    if (spec.activation && spec.activation !== 'linear') applyActivationInPlace(spec.activation, c, m * n)
  }
}
