import type { Tensor } from '../tensor.ts'
import { check } from '../errors.ts'
import { gatherRows } from '../ops/shape.ts'
import { Random } from '../random/index.ts'
import type { RandomSource } from '../random/index.ts'
import { epochBatches } from '../data/batches.ts'
import type { Sampling } from '../data/batches.ts'
import type { Sequential } from './sequential.ts'
import { rowRange } from '../data/row-range.ts'
import type { Compiled } from './training.ts'
import { EpochAverages, testStep, trainStep } from './training.ts'

export interface FitOptions {
  epochs?: number
  batchSize?: number
  /** Reshuffle the training rows each epoch (Keras' default). */
  shuffle?: boolean
  /** Or choose the sampling explicitly: 'replacement' draws each batch with replacement. */
  sampling?: Sampling
  /** Hold out this fraction of the rows — the last ones, as Keras does — for validation. */
  validationSplit?: number
  validationData?: readonly [Tensor, Tensor]
  /** Seeds the shuffling (or pass `rng`). */
  seed?: number
  rng?: RandomSource
  onEpochEnd?: (epoch: number, logs: Record<string, number>) => void
  onBatchEnd?: (step: number, logs: { loss: number }) => void
}

/** Per-epoch logs, by key: history.loss[e] is the training loss of epoch e + 1. */
export interface History {
  epoch: number[]
  history: Record<string, number[]>
}

function check01(split: number): void {
  check(Number.isFinite(split) && split >= 0 && split < 1, 'fit', () => `validationSplit must be in [0, 1), got ${split}`)
}

function splitTail(x: Tensor, y: Tensor, split: number): { train: [Tensor, Tensor]; val: [Tensor, Tensor] | null } {
  check01(split)
  const n = x.shape[0]
  const valCount = Math.floor(n * split)
  if (valCount === 0) return { train: [x, y], val: null }
  const trainIdx = rowRange(0, n - valCount)
  const valIdx = rowRange(n - valCount, n)
  return { train: [gatherRows(x, trainIdx), gatherRows(y, trainIdx)], val: [gatherRows(x, valIdx), gatherRows(y, valIdx)] }
}

export function evaluate(model: Sequential, compiled: Compiled, x: Tensor, y: Tensor, batchSize = 32): Record<string, number> {
  const averages = new EpochAverages()
  for (let start = 0; start < x.shape[0]; start += batchSize) {
    const idx = rowRange(start, Math.min(x.shape[0], start + batchSize))
    averages.add(testStep(model, compiled, gatherRows(x, idx), gatherRows(y, idx)))
  }
  return averages.result()
}

/** Keras' fit loop: epochs of minibatch steps, with per-epoch loss, metrics and validation. */
export function fit(model: Sequential, compiled: Compiled, x: Tensor, y: Tensor, options: FitOptions = {}): History {
  const epochs = options.epochs ?? 1
  const batchSize = options.batchSize ?? 32
  check(Number.isInteger(epochs) && epochs >= 0, 'fit', () => `epochs must be a non-negative integer, got ${epochs}`)
  check(Number.isInteger(batchSize) && batchSize > 0, 'fit', () => `batchSize must be a positive integer, got ${batchSize}`)
  check(x.shape[0] === y.shape[0], 'fit', () => `x has ${x.shape[0]} rows but y has ${y.shape[0]}`)
  const { train, val: splitVal } = splitTail(x, y, options.validationSplit ?? 0)
  const val = options.validationData ?? splitVal
  const rng = options.rng ?? new Random(options.seed ?? 0)
  const sampling: Sampling = options.sampling ?? (options.shuffle === false ? 'sequential' : 'shuffle')
  const history: History = { epoch: [], history: {} }
  let step = 0
  for (let epoch = 0; epoch < epochs; epoch++) {
    const averages = new EpochAverages()
    for (const batch of epochBatches(train[0].shape[0], batchSize, sampling, rng)) {
      const result = trainStep(model, compiled, gatherRows(train[0], batch), gatherRows(train[1], batch))
      averages.add(result)
      options.onBatchEnd?.(step++, { loss: result.loss })
    }
    const logs = { ...averages.result(), ...(val ? prefixed(evaluate(model, compiled, val[0], val[1], batchSize)) : {}) }
    history.epoch.push(epoch)
    for (const [key, value] of Object.entries(logs)) (history.history[key] ??= []).push(value)
    options.onEpochEnd?.(epoch, logs)
  }
  return history
}

function prefixed(logs: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(logs).map(([k, v]) => [`val_${k}`, v]))
}
