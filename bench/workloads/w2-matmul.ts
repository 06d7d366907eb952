/**
 * W2 — raw kernel throughput, in GFLOP/s:
 *  (a) a 256×256 · 256×256 float32 matmul (2·m·k·n flops), result read back;
 *  (b) a Dense(256→256, relu) forward + backward at batch 30, gradients with respect
 *      to kernel, bias and input: three matmuls, counted as 3 × 2·30·256·256 flops.
 * Both systems multiply the same numbers; one call is timed many times per sample so
 * each sample lasts at least 100 ms.
 */
import * as tf from '@tensorflow/tfjs-core'
import type { Tensor } from '../../src/core/index.ts'
import { Random, dense, fromStorage, gradients, matmul, sum, variable } from '../../src/core/index.ts'
import type { Timing } from '../stats.ts'
import { timePerIteration } from '../stats.ts'
import { FLOWGRAD } from '../systems/flowgrad.ts'
import type { TfjsSystem } from '../systems/tfjs.ts'
import { TFJS_SYSTEMS, useBackend } from '../systems/tfjs.ts'

const N = 256
const BATCH = 30
const MATMUL_FLOPS = 2 * N * N * N
const DENSE_FLOPS = 3 * 2 * BATCH * N * N
const MIN_SAMPLE_MS = 100

export interface W2SystemResult {
  matmulGflops: number
  denseGflops: number
  /** The headline figure: the matmul's. */
  gflops: number
  /** Median time per call (ms). */
  matmulMs: number
  denseMs: number
  /** Every sample's throughput, in order, so a noisy figure shows. */
  matmulSamplesGflops: number[]
  denseSamplesGflops: number[]
  /** Largest |difference| from Flowgrad's results (matmul product, dense gradients). */
  maxAbsDiff?: number
}

export type W2Result = Record<typeof FLOWGRAD | TfjsSystem, W2SystemResult>

interface W2Data {
  a: Float32Array
  b: Float32Array
  x: Float32Array
  kernel: Float32Array
  bias: Float32Array
}

function uniform(rng: Random, size: number, scale: number): Float32Array {
  return Float32Array.from({ length: size }, () => rng.uniform(-scale, scale))
}

function w2Data(): W2Data {
  const rng = new Random(2)
  return {
    a: uniform(rng, N * N, 1),
    b: uniform(rng, N * N, 1),
    x: uniform(rng, BATCH * N, 1),
    kernel: uniform(rng, N * N, Math.sqrt(6 / (2 * N))),
    bias: uniform(rng, N, 0.1),
  }
}

function gflops(flops: number, ms: number): number {
  return flops / (ms * 1e6)
}

function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let worst = 0
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i] - b[i]))
  return a.length === b.length ? worst : Number.POSITIVE_INFINITY
}

/** What each system computed once, for the cross-check. */
type Outputs = Float32Array[]

function runFlowgrad(data: W2Data, samples: number): { result: W2SystemResult; outputs: Outputs } {
  const a = fromStorage(data.a, [N, N])
  const b = fromStorage(data.b, [N, N])
  const x = variable(fromStorage(data.x, [BATCH, N]))
  const kernel = variable(fromStorage(data.kernel, [N, N]))
  const bias = variable(fromStorage(data.bias, [N]))
  const step = (): Tensor[] => gradients(sum(dense(x, kernel, bias, 'relu')), [kernel, bias, x])
  const mm = timePerIteration(() => void matmul(a, b), { samples, minSampleMs: MIN_SAMPLE_MS })
  const dn = timePerIteration(() => void step(), { samples, minSampleMs: MIN_SAMPLE_MS })
  const outputs = [matmul(a, b), ...step()].map((t) => Float32Array.from(t.data))
  return { result: figures(mm, dn), outputs }
}

function runTfjs(data: W2Data, samples: number): { result: W2SystemResult; outputs: Outputs } {
  const a = tf.tensor2d(data.a, [N, N])
  const b = tf.tensor2d(data.b, [N, N])
  const x = tf.tensor2d(data.x, [BATCH, N])
  const kernel = tf.tensor2d(data.kernel, [N, N])
  const bias = tf.tensor1d(data.bias)
  // tfjs-layers' Dense runs this same fused op (matmul + bias + relu in one kernel).
  const grads = tf.grads((xx: tf.Tensor, k: tf.Tensor, bb: tf.Tensor) => tf.sum(tf.fused.matMul({ a: xx as tf.Tensor2D, b: k as tf.Tensor2D, bias: bb, activation: 'relu' })))
  const product = (): Float32Array => {
    const c = tf.matMul(a, b)
    const values = c.dataSync() as Float32Array
    c.dispose()
    return values
  }
  const step = (): Float32Array[] => {
    const [gx, gk, gb] = grads([x, kernel, bias])
    const values = [gk, gb, gx].map((g) => g.dataSync() as Float32Array)
    tf.dispose([gx, gk, gb])
    return values
  }
  try {
    const mm = timePerIteration(() => void product(), { samples, minSampleMs: MIN_SAMPLE_MS })
    const dn = timePerIteration(() => void step(), { samples, minSampleMs: MIN_SAMPLE_MS })
    return { result: figures(mm, dn), outputs: [product(), ...step()].map((v) => Float32Array.from(v)) }
  } finally {
    tf.dispose([a, b, x, kernel, bias])
  }
}

function figures(matmul: Timing, dense: Timing): W2SystemResult {
  const matmulGflops = gflops(MATMUL_FLOPS, matmul.medianMs)
  const samples = (flops: number, t: Timing): number[] => t.runs.map((ms) => Math.round(gflops(flops, ms) * 1000) / 1000)
  return {
    matmulGflops,
    denseGflops: gflops(DENSE_FLOPS, dense.medianMs),
    gflops: matmulGflops,
    matmulMs: matmul.medianMs,
    denseMs: dense.medianMs,
    matmulSamplesGflops: samples(MATMUL_FLOPS, matmul),
    denseSamplesGflops: samples(DENSE_FLOPS, dense),
  }
}

function spread(samples: readonly number[]): string {
  return `${Math.min(...samples).toFixed(2)}–${Math.max(...samples).toFixed(2)}`
}

/** Tolerance for float32 sums of 256 products of values in [−1, 1]. */
const TOLERANCE = 1e-3

export async function runW2(samples: number, log: (line: string) => void): Promise<W2Result> {
  const data = w2Data()
  const flowgrad = runFlowgrad(data, samples)
  const line = (id: string, r: W2SystemResult): string =>
    `W2 ${id.padEnd(10)} matmul ${r.matmulGflops.toFixed(2)} GFLOP/s (samples ${spread(r.matmulSamplesGflops)}), ` +
    `dense fwd+bwd ${r.denseGflops.toFixed(2)} GFLOP/s (${spread(r.denseSamplesGflops)})`
  log(line(FLOWGRAD, flowgrad.result))
  const result: Partial<W2Result> = { flowgrad: flowgrad.result }
  for (const { id, backend } of TFJS_SYSTEMS) {
    await useBackend(backend)
    const r = runTfjs(data, samples)
    const diff = Math.max(...r.outputs.map((o, i) => maxAbsDiff(o, flowgrad.outputs[i])))
    if (!(diff <= TOLERANCE)) console.warn(`warning: W2 ${id} differs from flowgrad by up to ${diff}`)
    result[id] = { ...r.result, maxAbsDiff: diff }
    log(`${line(id, r.result)} (max |Δ| vs flowgrad ${diff.toExponential(1)})`)
  }
  return result as W2Result
}
