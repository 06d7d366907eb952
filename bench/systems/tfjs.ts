/**
 * TensorFlow.js backends for the benchmarks: 'cpu' (plain JavaScript kernels) and
 * 'wasm' (XNNPACK compiled to WebAssembly). The wasm binary is loaded from the package's
 * dist folder on disk — no network — and the loaded bytes are fingerprinted so the
 * report can say which variant (SIMD or not) actually ran.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import * as tf from '@tensorflow/tfjs-core'
import '@tensorflow/tfjs-backend-cpu'
// tfjs-core's Node bundle registers no gradient functions; tfjs-layers' bundle carries
// them all and registers them on import (as the @tensorflow/tfjs umbrella relies on).
import '@tensorflow/tfjs-layers'
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm'

export type TfjsBackend = 'cpu' | 'wasm'
export type TfjsSystem = 'tfjs-cpu' | 'tfjs-wasm'

export const TFJS_SYSTEMS: ReadonlyArray<{ id: TfjsSystem; backend: TfjsBackend }> = [
  { id: 'tfjs-cpu', backend: 'cpu' },
  { id: 'tfjs-wasm', backend: 'wasm' },
]

const WASM_BINARIES = ['tfjs-backend-wasm-simd.wasm', 'tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-threaded-simd.wasm'] as const

export interface WasmInfo {
  /** Which .wasm file was instantiated, identified by its SHA-256; null if not observed. */
  binary: (typeof WASM_BINARIES)[number] | null
  simd: boolean
  bytes: number | null
  /** What tfjs detected: it picks the binary from these two flags. */
  simdSupported: boolean
  threadsSupported: boolean
  dir: string
}

let wasmInfo: WasmInfo | null = null

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

function asBytes(source: unknown): Uint8Array | null {
  if (source instanceof ArrayBuffer) return new Uint8Array(source)
  if (ArrayBuffer.isView(source)) return new Uint8Array(source.buffer, source.byteOffset, source.byteLength)
  return null
}

/**
 * Points tfjs at the .wasm files in node_modules and initializes the backend, watching
 * WebAssembly.instantiate (only for the duration of the load) to see which binary it was.
 */
async function loadWasm(): Promise<WasmInfo> {
  const require = createRequire(import.meta.url)
  const dir = path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm'))
  const known = new Map(WASM_BINARIES.map((name) => [sha256(readFileSync(path.join(dir, name))), name] as const))
  const seen: Uint8Array[] = []
  const original = WebAssembly.instantiate
  const watch = (source: unknown, imports?: WebAssembly.Imports): unknown => {
    const bytes = asBytes(source)
    if (bytes) seen.push(bytes.slice())
    return Reflect.apply(original, WebAssembly, [source, imports]) as unknown
  }
  Reflect.set(WebAssembly, 'instantiate', watch)
  try {
    // A directory prefix (with the trailing separator): Emscripten reads it with fs in Node.
    setWasmPaths(dir + path.sep)
    if (!(await tf.setBackend('wasm'))) throw new Error('tfjs: the wasm backend failed to initialize')
    await tf.ready()
  } finally {
    Reflect.set(WebAssembly, 'instantiate', original)
  }
  const binary = seen.map((b) => known.get(sha256(b))).find((name) => name !== undefined) ?? null
  const simdSupported = (await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT')) === true
  const threadsSupported = (await tf.env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT')) === true
  const info: WasmInfo = {
    binary,
    // Without an observed binary, fall back to tfjs' own choice: SIMD without threads.
    simd: binary ? binary.includes('simd') : simdSupported,
    bytes: binary ? readFileSync(path.join(dir, binary)).length : null,
    simdSupported,
    threadsSupported,
    dir,
  }
  if (!info.simd) console.warn(`warning: tfjs-wasm is running the non-SIMD binary (${binary ?? 'unknown'}); its figures understate the SIMD backend`)
  return info
}

/** Runs fn with console.warn muted for one known message (tfjs' "install tfjs-node" banner). */
function withoutBanner(fn: () => void): void {
  const warn = console.warn
  console.warn = (...args: unknown[]) => {
    if (args.some((a) => typeof a === 'string' && a.includes('tfjs-node'))) return
    warn(...args)
  }
  try {
    fn()
  } finally {
    console.warn = warn
  }
}

/** Makes `backend` the active tfjs backend (initializing it on first use). */
export async function useBackend(backend: TfjsBackend): Promise<void> {
  if (backend === 'wasm') {
    wasmInfo ??= await loadWasm()
    if (tf.getBackend() !== 'wasm') await tf.setBackend('wasm')
  } else {
    if (!(await tf.setBackend('cpu'))) throw new Error('tfjs: the cpu backend failed to initialize')
    // The cpu backend prints its banner on its first tensor; make that tensor here.
    withoutBanner(() => tf.tensor([0]).dispose())
  }
  await tf.ready()
  if (tf.getBackend() !== backend) throw new Error(`tfjs: expected backend ${backend}, got ${tf.getBackend()}`)
}

export function getWasmInfo(): WasmInfo | null {
  return wasmInfo
}

export function tfjsVersion(): string {
  return tf.version_core
}

/** Live tensors: checked after each workload so leaks show up. */
export function liveTensors(): number {
  return tf.memory().numTensors
}
