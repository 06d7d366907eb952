import { check } from '../errors.ts'
import type { EpochLogs } from './loop.ts'
import { Monitor } from './monitor.ts'

/** Keras' ReduceLROnPlateau arguments (its defaults: factor 0.1, patience 10, minDelta 1e-4, cooldown 0, minLr 0). */
export interface PlateauConfig {
  readonly monitor: string
  readonly factor: number
  readonly patience: number
  readonly minDelta: number
  readonly cooldown: number
  readonly minLr: number
}

/**
 * Keras' ReduceLROnPlateau: after `patience` epochs without improvement the rate is
 * multiplied by `factor` (not below minLr), then `cooldown` epochs pass before it counts
 * again. It keeps the number of reductions rather than a rate, so the rate is
 * base · factorⁿ of whatever the base is now: a live change of the base composes with it.
 */
export class ReduceLROnPlateau {
  private readonly monitor: Monitor
  private wait = 0
  private cooldownLeft = 0
  reductions = 0

  constructor(readonly config: PlateauConfig) {
    const where = 'reduce on plateau'
    check(Number.isFinite(config.factor) && config.factor > 0 && config.factor < 1, where, () => `factor must be in (0, 1), got ${config.factor}`)
    check(Number.isInteger(config.patience) && config.patience >= 0, where, () => `patience must be a whole number ≥ 0, got ${config.patience}`)
    check(Number.isInteger(config.cooldown) && config.cooldown >= 0, where, () => `cooldown must be a whole number ≥ 0, got ${config.cooldown}`)
    check(Number.isFinite(config.minLr) && config.minLr >= 0, where, () => `minLr must be a number ≥ 0, got ${config.minLr}`)
    this.monitor = new Monitor(config.monitor, config.minDelta)
  }

  /** The rate after the reductions so far, from the base rate. */
  rate(base: number): number {
    return this.reductions === 0 ? base : Math.max(base * this.config.factor ** this.reductions, this.config.minLr)
  }

  /** Follows Keras' on_epoch_end; `base` is the rate the optimizer is set to now. */
  onEpochEnd(logs: EpochLogs, base: number): void {
    const current = this.monitor.read(logs)
    if (current === null) return
    if (this.cooldownLeft > 0) {
      this.cooldownLeft--
      this.wait = 0
    }
    if (this.monitor.improves(current)) {
      this.monitor.best = current
      this.wait = 0
    } else if (this.cooldownLeft === 0) {
      this.wait++
      if (this.wait >= this.config.patience && this.rate(base) > this.config.minLr) {
        this.reductions++
        this.cooldownLeft = this.config.cooldown
        this.wait = 0
      }
    }
  }
}
