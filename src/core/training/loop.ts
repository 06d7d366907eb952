import type { Tensor } from '../tensor.ts'
import { check } from '../errors.ts'
import { gatherRows } from '../ops/shape.ts'
import type { RandomSource } from '../random/index.ts'
import { epochBatches } from '../data/batches.ts'
import type { Sampling } from '../data/batches.ts'
import { EpochAverages } from './epoch-averages.ts'
import type { TrainSetup } from './step.ts'
import { evaluateBatches, trainBatch } from './step.ts'
import type { LearningRateSchedule } from './schedules.ts'
import { checkSchedule, scheduledRate } from './schedules.ts'
import { EarlyStopping } from './early-stopping.ts'
import type { EarlyStoppingConfig } from './early-stopping.ts'
import { ReduceLROnPlateau } from './plateau.ts'
import type { PlateauConfig } from './plateau.ts'

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
  /** Keras' callbacks, run by the loop itself so every caller gets them. */
  readonly schedule?: LearningRateSchedule | null
  readonly plateau?: PlateauConfig | null
  readonly earlyStopping?: EarlyStoppingConfig | null
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
  /** The learning rate this step used: the optimizer's, through the schedule if there is one. */
  readonly learningRate: number
  readonly grads: Tensor[]
  /** The epoch's record, when this step completed one. */
  readonly epochLogs: EpochLogs | null
}

function checkOptions(data: TrainingData, options: LoopOptions): void {
  const { epochs, batchSize } = options
  check(epochs === Infinity || (Number.isInteger(epochs) && epochs >= 0), 'fit', () => `epochs must be a non-negative integer, got ${epochs}`)
  check(Number.isInteger(batchSize) && batchSize > 0, 'fit', () => `batchSize must be a positive integer, got ${batchSize}`)
  check(data.x.shape[0] === data.y.shape[0], 'fit', () => `x has ${data.x.shape[0]} rows but y has ${data.y.shape[0]}`)
  if (options.schedule) checkSchedule(options.schedule)
  check(!(options.schedule && options.plateau), 'fit', () => 'choose one learning-rate schedule: reduce-on-plateau sets the rate itself')
}

/** A callback's monitored key must be one the run logs: say so before training, not never. */
function checkMonitor(what: string, key: string, keys: readonly string[]): void {
  const hint = key.startsWith('val_') && !keys.some((k) => k.startsWith('val_')) ? ': connect validation data, or monitor a training quantity' : ''
  check(keys.includes(key), 'fit', () => `${what} monitors "${key}", which this run does not log (it logs ${keys.join(', ')})${hint}`)
}

/**
 * The one training loop: batching and sampling, the objective, metrics and epoch
 * averages, validation. Resumable at any step, so the caller decides how much runs at
 * once (a step, an epoch, everything) and may change hyperparameters between two steps:
 * `Sequential.fit` runs it to the end; the runtime's trainer runs it in time slices.
 */
export class TrainingLoop {
  stepsPerEpoch: number
  batchSize: number
  step = 0
  epoch = 0
  readonly history: EpochLogs[] = []
  private batches: Int32Array[] = []
  private batchIndex = 0
  private averages: EpochAverages
  readonly earlyStopping: EarlyStopping | null
  private readonly plateau: ReduceLROnPlateau | null

  constructor(
    private _setup: TrainSetup,
    private _data: TrainingData,
    private _options: LoopOptions,
  ) {
    checkOptions(_data, _options)
    this.batchSize = 0
    this.stepsPerEpoch = 0
    this.sizeEpochs()
    this.averages = this.newAverages()
    this.earlyStopping = _options.earlyStopping ? new EarlyStopping(_options.earlyStopping) : null
    this.plateau = _options.plateau ? new ReduceLROnPlateau(_options.plateau) : null
    if (_options.earlyStopping) checkMonitor('early stopping', _options.earlyStopping.monitor, this.metricKeys)
    if (_options.plateau) checkMonitor('reduce on plateau', _options.plateau.monitor, this.metricKeys)
  }

  get setup(): TrainSetup {
    return this._setup
  }

  get data(): TrainingData {
    return this._data
  }

  get options(): LoopOptions {
    return this._options
  }

  /** The step count at which the next epoch starts: now, or once this epoch's batches are done. */
  get nextEpochStart(): number {
    return this.batchIndex === 0 ? this.step : this.step + this.batches.length - this.batchIndex
  }

  /** Whether the next step starts an epoch: changes to the batching or the data can apply now. */
  get atEpochStart(): boolean {
    return this.batchIndex === 0
  }

  /**
   * Changes between two steps, for a run that carries on with its weights. The optimizer
   * (fresh state: a new optimizer object), the epochs and the objective apply at once; the
   * data, batch size and sampling only when an epoch starts, since an epoch's batches are
   * drawn from its rows and size.
   */
  setOptimizer(optimizer: TrainSetup['optimizer']): void {
    this._setup = { ...this._setup, optimizer }
  }

  /** A model of a changed architecture carrying on the old one's weights (see carryOver): from the next step. */
  setModel(model: TrainSetup['model']): void {
    this._setup = { ...this._setup, model }
  }

  setEpochs(epochs: number): void {
    this.changeOptions({ epochs })
  }

  /** A new loss (and metrics): at an epoch start, so that each epoch's record averages one objective. */
  setObjective(objective: TrainSetup['objective'], metrics: TrainSetup['metrics']): void {
    this.requireEpochStart('the loss')
    this._setup = { ...this._setup, objective, metrics }
    this.averages = this.newAverages()
  }

  setBatching(batchSize: number, sampling: Sampling): void {
    this.requireEpochStart('the batch size and sampling')
    this.changeOptions({ batchSize, sampling })
    this.sizeEpochs()
  }

  setData(data: TrainingData, validation: TrainingData | null): void {
    this.requireEpochStart('the data')
    check(data.x.shape[0] === data.y.shape[0], 'fit', () => `x has ${data.x.shape[0]} rows but y has ${data.y.shape[0]}`)
    this._data = data
    this.changeOptions({ validation })
    this.sizeEpochs()
  }

  private changeOptions(change: Partial<LoopOptions>): void {
    const next = { ...this._options, ...change }
    checkOptions(this._data, next)
    this._options = next
  }

  private requireEpochStart(what: string): void {
    check(this.atEpochStart, 'fit', () => `${what} can change only when an epoch starts (step ${this.step} is inside epoch ${this.epoch + 1})`)
  }

  private sizeEpochs(): void {
    const n = this._data.x.shape[0]
    this.batchSize = Math.min(this._options.batchSize, n)
    this.stepsPerEpoch = this._options.sampling === 'replacement' ? Math.max(1, Math.floor(n / this.batchSize)) : Math.ceil(n / this.batchSize)
  }

  /** All epochs ran, or early stopping ended the run. */
  get done(): boolean {
    return this.epoch >= this.options.epochs || this.earlyStopping?.stoppedEpoch != null
  }

  /** The rate the next step will use: the optimizer's (base) rate through the schedule. */
  get learningRate(): number {
    const base = this.setup.optimizer.learningRate
    if (this.options.schedule) return scheduledRate(this.options.schedule, this.setup.optimizer.iterations, base)
    return this.plateau ? this.plateau.rate(base) : base
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
    const learningRate = this.learningRate
    const result = trainBatch(this.setup, gatherRows(this.data.x, batch), gatherRows(this.data.y, batch), { stepsPerEpoch: this.stepsPerEpoch, learningRate })
    this.step++
    this.averages.add(result)
    this.batchIndex++
    let epochLogs: EpochLogs | null = null
    if (this.batchIndex === this.batches.length) {
      this.batchIndex = 0
      epochLogs = this.closeEpoch()
    }
    return { step: this.step, epoch: this.epoch, loss: result.loss, learningRate, grads: result.grads, epochLogs }
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
    this.plateau?.onEpochEnd(logs, this.setup.optimizer.learningRate)
    this.earlyStopping?.onEpochEnd(this.epoch, logs, this.setup.model)
    if (this.done) this.earlyStopping?.onTrainEnd(this.setup.model)
    return logs
  }
}
