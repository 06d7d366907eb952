import type { Tensor } from '../tensor.ts'
import { check } from '../errors.ts'
import { gatherRows } from '../ops/shape.ts'
import { Random } from '../random/index.ts'
import type { RandomSource } from '../random/index.ts'
import { rowRange } from '../data/batches.ts'
import type { Sampling } from '../data/batches.ts'
import { TrainingLoop, evaluateBatches } from '../training/index.ts'
import type { TrainSetup, TrainingData } from '../training/index.ts'
import type { Sequential } from './sequential.ts'
import type { Compiled } from './compile.ts'

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

function setupOf(model: Sequential, compiled: Compiled): TrainSetup {
  return { model, objective: { loss: compiled.loss }, optimizer: compiled.optimizer, metrics: compiled.metrics }
}

function splitTail(x: Tensor, y: Tensor, split: number): { train: TrainingData; val: TrainingData | null } {
  check(Number.isFinite(split) && split >= 0 && split < 1, 'fit', () => `validationSplit must be in [0, 1), got ${split}`)
  const n = x.shape[0]
  const valCount = Math.floor(n * split)
  if (valCount === 0) return { train: { x, y }, val: null }
  const trainIdx = rowRange(0, n - valCount)
  const valIdx = rowRange(n - valCount, n)
  return { train: { x: gatherRows(x, trainIdx), y: gatherRows(y, trainIdx) }, val: { x: gatherRows(x, valIdx), y: gatherRows(y, valIdx) } }
}

export function evaluate(model: Sequential, compiled: Compiled, x: Tensor, y: Tensor, batchSize = 32): Record<string, number> {
  return evaluateBatches(setupOf(model, compiled), x, y, batchSize)
}

/** Keras' fit: the training loop run to the end, with per-epoch loss, metrics and validation. */
export function fit(model: Sequential, compiled: Compiled, x: Tensor, y: Tensor, options: FitOptions = {}): History {
  check(x.shape[0] === y.shape[0], 'fit', () => `x has ${x.shape[0]} rows but y has ${y.shape[0]}`)
  const { train, val } = splitTail(x, y, options.validationSplit ?? 0)
  const validation = options.validationData ? { x: options.validationData[0], y: options.validationData[1] } : val
  const loop = new TrainingLoop(setupOf(model, compiled), train, {
    epochs: options.epochs ?? 1,
    batchSize: options.batchSize ?? 32,
    sampling: options.sampling ?? (options.shuffle === false ? 'sequential' : 'shuffle'),
    rng: options.rng ?? new Random(options.seed ?? 0),
    validation,
  })
  const history: History = { epoch: [], history: {} }
  while (!loop.done) {
    const { step, loss, epochLogs } = loop.runStep()
    options.onBatchEnd?.(step - 1, { loss })
    if (!epochLogs) continue
    const { epoch, ...logs } = epochLogs
    history.epoch.push(epoch - 1)
    for (const [key, value] of Object.entries(logs)) (history.history[key] ??= []).push(value)
    options.onEpochEnd?.(epoch - 1, logs)
  }
  return history
}
