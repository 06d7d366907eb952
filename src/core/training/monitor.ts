import type { EpochLogs } from './loop.ts'

/**
 * What Keras' monitor callbacks share: a logged quantity, whether it should go down or up
 * (accuracies up, losses down: Keras' "auto" mode), and the least change that counts.
 */
export class Monitor {
  readonly higherIsBetter: boolean
  best: number | null = null

  constructor(
    readonly key: string,
    readonly minDelta: number,
  ) {
    this.higherIsBetter = key.replace(/^val_/, '').includes('accuracy')
  }

  /** The monitored value of an epoch's logs, or null when the logs lack it. */
  read(logs: EpochLogs): number | null {
    const v = logs[this.key]
    return typeof v === 'number' ? v : null
  }

  /** Keras' _is_improvement: better than the best by more than minDelta (always, at first). */
  improves(value: number): boolean {
    if (this.best === null) return true
    const delta = Math.abs(this.minDelta)
    return this.higherIsBetter ? value - delta > this.best : value + delta < this.best
  }
}
