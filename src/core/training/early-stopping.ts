import { check } from '../errors.ts'
import type { Sequential } from '../models/sequential.ts'
import type { EpochLogs } from './loop.ts'
import { Monitor } from './monitor.ts'

/** Keras' EarlyStopping arguments (its defaults: monitor val_loss, patience 0, minDelta 0, no restore). */
export interface EarlyStoppingConfig {
  readonly monitor: string
  readonly patience: number
  readonly minDelta: number
  readonly restoreBestWeights: boolean
}

export function checkEarlyStopping(c: EarlyStoppingConfig): void {
  check(Number.isInteger(c.patience) && c.patience >= 0, 'early stopping', () => `patience must be a whole number ≥ 0, got ${c.patience}`)
  check(Number.isFinite(c.minDelta), 'early stopping', () => `minDelta must be a finite number, got ${c.minDelta}`)
}

/**
 * Keras' EarlyStopping: stops when the monitored quantity has not improved for `patience`
 * epochs, and may put back the weights of the best epoch (all of them, moving statistics
 * included) when training ends. Epochs are numbered from 1 here, as in the history.
 */
export class EarlyStopping {
  private readonly monitor: Monitor
  private wait = 0
  private bestWeights: Float32Array[] | Float64Array[] | null = null
  bestEpoch = 0
  /** The epoch after which training stopped, or null while it goes on. */
  stoppedEpoch: number | null = null

  constructor(readonly config: EarlyStoppingConfig) {
    checkEarlyStopping(config)
    this.monitor = new Monitor(config.monitor, config.minDelta)
  }

  /** Follows Keras' on_epoch_end; true when training should stop after this epoch. */
  onEpochEnd(epoch: number, logs: EpochLogs, model: Sequential): boolean {
    const current = this.monitor.read(logs)
    if (current === null) return false
    if (this.config.restoreBestWeights && this.bestWeights === null) {
      this.bestWeights = model.getWeights()
      this.bestEpoch = epoch
    }
    this.wait++
    if (this.monitor.improves(current)) {
      this.monitor.best = current
      this.bestEpoch = epoch
      if (this.config.restoreBestWeights) this.bestWeights = model.getWeights()
      this.wait = 0
      return false
    }
    if (this.wait >= this.config.patience && epoch > 1) {
      this.stoppedEpoch = epoch
      return true
    }
    return false
  }

  /** Keras' on_train_end: the best epoch's weights back, when asked for. */
  onTrainEnd(model: Sequential): void {
    if (this.config.restoreBestWeights && this.bestWeights) model.setWeights(this.bestWeights)
  }
}
