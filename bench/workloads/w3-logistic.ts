/**
 * W3 — per-op overhead: STEPS full-batch gradient-descent steps of the chapter's
 * L2-regularised logistic regression on 20 points,
 *   cost(α) = Σᵢ log(1 + exp(−yᵢ·xᵢα)) + ½·λ·‖α‖²,  λ = 0.1,  α₀ = (1, −3),
 * with X = 3·rand(20, 2) − 1.5 from NumPy's legacy stream (seed 0) and
 * y = +1 where X[:, 0] > 0, else −1. Each step builds the cost from a handful of small
 * ops, differentiates it, and updates α, so the time is almost all per-op overhead.
 * Both systems must end at the same α.
 */
import * as tf from '@tensorflow/tfjs-core'
import { NumpyRandomState, SGD, add, fromStorage, gradients, matmul, mul, neg, softplus, square, sum, variable } from '../../src/core/index.ts'
import type { RunPlan, Timing } from '../stats.ts'
import { timeRuns } from '../stats.ts'
import { FLOWGRAD } from '../systems/flowgrad.ts'
import type { TfjsSystem } from '../systems/tfjs.ts'
import { TFJS_SYSTEMS, useBackend } from '../systems/tfjs.ts'

export const STEPS = 10_000
/** The chapter's step ρ: the cost's curvature stays below 2/ρ here, so 10,000 steps converge. */
export const LEARNING_RATE = 0.2
const LAMBDA = 0.1
const POINTS = 20
const ALPHA0 = [1, -3]
/** How close both systems' final α must be. */
export const ALPHA_TOLERANCE = 1e-3

export interface W3SystemResult extends Timing {
  /** α after the last step. */
  alpha: number[]
}

export type W3Result = Record<typeof FLOWGRAD | TfjsSystem, W3SystemResult>
export type W3Plans = Record<typeof FLOWGRAD | TfjsSystem, RunPlan>

interface W3Data {
  x: Float32Array
  y: Float32Array
}

function w3Data(): W3Data {
  const u = new NumpyRandomState(0).rand(POINTS, 2)
  const x = Float32Array.from(u, (v) => v * 3 - 1.5)
  const y = Float32Array.from({ length: POINTS }, (_, i) => (x[i * 2] > 0 ? 1 : -1))
  return { x, y }
}

function flowgradDescent(data: W3Data): number[] {
  const x = fromStorage(data.x, [POINTS, 2])
  const y = fromStorage(data.y, [POINTS, 1])
  const alpha = variable(fromStorage(Float32Array.from(ALPHA0), [2, 1]))
  const optimizer = new SGD({ learningRate: LEARNING_RATE })
  for (let step = 0; step < STEPS; step++) {
    const loss = sum(softplus(neg(mul(y, matmul(x, alpha)))))
    const cost = add(loss, mul(sum(square(alpha)), 0.5 * LAMBDA))
    const [grad] = gradients(cost, [alpha])
    optimizer.applyGradients([[grad, alpha]])
  }
  return Array.from(alpha.data)
}

function tfjsDescent(data: W3Data): number[] {
  const x = tf.tensor2d(data.x, [POINTS, 2])
  const y = tf.tensor2d(data.y, [POINTS, 1])
  const alpha0 = tf.tensor2d(ALPHA0, [2, 1])
  const alpha = tf.variable(alpha0)
  alpha0.dispose()
  const optimizer = tf.train.sgd(LEARNING_RATE)
  const cost = (): tf.Scalar => {
    const loss = tf.sum(tf.softplus(tf.neg(tf.mul(y, tf.matMul(x, alpha)))))
    return tf.add(loss, tf.mul(tf.sum(tf.square(alpha)), 0.5 * LAMBDA))
  }
  try {
    for (let step = 0; step < STEPS; step++) {
      tf.tidy(() => {
        optimizer.minimize(cost, false, [alpha])
      })
    }
    return Array.from(alpha.dataSync())
  } finally {
    tf.dispose([x, y, alpha])
    optimizer.dispose()
  }
}

export async function runW3(plans: W3Plans, log: (line: string) => void): Promise<W3Result> {
  const data = w3Data()
  const show = (alpha: number[]): string => `(${alpha.map((a) => a.toFixed(5)).join(', ')})`
  const { timing, last } = await timeRuns(plans.flowgrad, () => data, flowgradDescent)
  log(`W3 flowgrad   ${timing.medianMs.toFixed(1)} ms, α = ${show(last)}`)
  const result: Partial<W3Result> = { flowgrad: { ...timing, alpha: last } }
  for (const { id, backend } of TFJS_SYSTEMS) {
    await useBackend(backend)
    const r = await timeRuns(plans[id], () => data, tfjsDescent)
    const diff = Math.max(...r.last.map((a, i) => Math.abs(a - last[i])))
    log(`W3 ${id.padEnd(10)} ${r.timing.medianMs.toFixed(1)} ms, α = ${show(r.last)} (max |Δ| vs flowgrad ${diff.toExponential(1)})`)
    if (!(diff <= ALPHA_TOLERANCE)) console.warn(`warning: W3 ${id} ends at α ${show(r.last)}, flowgrad at ${show(last)}`)
    result[id] = { ...r.timing, alpha: r.last }
  }
  if (!last.every(Number.isFinite)) console.warn('warning: W3 diverged; lower LEARNING_RATE')
  return result as W3Result
}
