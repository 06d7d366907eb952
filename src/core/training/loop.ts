import type { Tensor } from '../tensor.ts'
import { check } from '../errors.ts'
import { gatherRows } from '../ops/shape.ts'
import type { RandomSource } from '../random/index.ts'
import { epochBatches } from '../data/batches.ts'
import type { Sampling } from '../data/batches.ts'
import { EpochAverages } from './epoch-averages.ts'
import type { TrainSetup } from './step.ts'
import { evaluateBatches, trainBatch } from './step.ts'

/** Rows to train on: features and targets, already prepared for the loss. */
export interface TrainingData {
  readonly x: Tensor
  readonly y: Tensor
}

export interface LoopOptions {
  /** How many epochs make the run; Infinity trains until stopped. */
  readonly epochs: number
  /** Rows per step, at most the number of rows. */
  readonly batchSize: number
  readonly sampling: Sampling
  readonly rng: RandomSource
  /** Evaluated after each epoch (in batches of batchSize, as Keras does); keys get "val_". */
  readonly validation?: TrainingData | null
}

/** One epoch's record: its number (1-based), the loss, every metric, their val_ versions. */
export type EpochLogs = Record<string, number>

export interface LoopStep {
  /** Steps done so far, this one included. */
  readonly step: number
  /** Epochs completed so far: one more than before when this step closed an epoch. */
  readonly epoch: number
  /** The batch loss, penalties included. */
  readonly loss: number
  readonly grads: Tensor[]
  /** The epoch's record, when this step completed one. */
  readonly epochLogs: EpochLogs | null
}

function checkOptions(data: TrainingData, options: LoopOptions): void {
  const { epochs, batchSize } = options
  check(epochs === Infinity || (Number.isInteger(epochs) && epochs >= 0), 'fit', () => `epochs must be a non-negative integer, got ${epochs}`)
  check(Number.isInteger(batchSize) && batchSize > 0, 'fit', () => `batchSize must be a positive integer, got ${batchSize}`)
  check(data.x.shape[0] === data.y.shape[0], 'fit', () => `x has ${data.x.shape[0]} rows but y has ${data.y.shape[0]}`)
}

/**
 * The one training loop: batching and sampling, the objective, metrics and epoch
 * averages, validation. Resumable at any step, so the caller decides how much runs at
 * once (a step, an epoch, everything) and may change hyperparameters between two steps:
 * `Sequential.fit` runs it to the end; the runtime's trainer runs it in time slices.
 */
export class TrainingLoop {
  readonly stepsPerEpoch: number
  readonly batchSize: number
  step = 0
  epoch = 0
  readonly history: EpochLogs[] = []
  private batches: Int32Array[] = []
  private batchIndex = 0
  private averages: EpochAverages

  constructor(
    readonly setup: TrainSetup,
    readonly data: TrainingData,
    readonly options: LoopOptions,
  ) {
    checkOptions(data, options)
    const n = data.x.shape[0]
    this.batchSize = Math.min(options.batchSize, n)
    this.stepsPerEpoch = options.sampling === 'replacement' ? Math.max(1, Math.floor(n / this.batchSize)) : Math.ceil(n / this.batchSize)
    this.averages = this.newAverages()
  }

  get done(): boolean {
    return this.epoch >= this.options.epochs
  }

  /** The keys of every epoch record: loss, the metrics, and their val_ versions with validation data. */
  get metricKeys(): string[] {
    const keys = ['loss', ...this.setup.metrics.map((m) => m.key)]
    return this.options.validation ? [...keys, ...keys.map((k) => `val_${k}`)] : keys
  }

  /** One optimizer update on the next minibatch; a new epoch draws its batches first. */
  runStep(): LoopStep {
    if (this.batchIndex === 0) this.batches = epochBatches(this.data.x.shape[0], this.batchSize, this.options.sampling, this.options.rng)
    const batch = this.batches[this.batchIndex]
    const result = trainBatch(this.setup, gatherRows(this.data.x, batch), gatherRows(this.data.y, batch), this.stepsPerEpoch)
    this.step++
    this.averages.add(result)
    this.batchIndex++
    let epochLogs: EpochLogs | null = null
    if (this.batchIndex === this.batches.length) {
      this.batchIndex = 0
      epochLogs = this.closeEpoch()
    }
    return { step: this.step, epoch: this.epoch, loss: result.loss, grads: result.grads, epochLogs }
  }

  /** Steps until the current epoch closes; its record. */
  runEpoch(): EpochLogs {
    for (;;) {
      const { epochLogs } = this.runStep()
      if (epochLogs) return epochLogs
    }
  }

  /** Loss and metrics on any rows at the current weights, keys prefixed (e.g. "val_"). */
  evaluate(data: TrainingData, prefix = ''): Record<string, number> {
    return evaluateBatches(this.setup, data.x, data.y, this.options.batchSize, prefix)
  }

  private newAverages(): EpochAverages {
    return new EpochAverages(this.setup.objective.loss.reduction)
  }

  private closeEpoch(): EpochLogs {
    this.epoch++
    const logs: EpochLogs = { epoch: this.epoch, ...this.averages.result() }
    const validation = this.options.validation
    if (validation) Object.assign(logs, this.evaluate(validation, 'val_'))
    this.history.push(logs)
    this.averages = this.newAverages()
    return logs
  }
}
