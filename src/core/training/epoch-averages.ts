import type { Reduction } from '../losses/index.ts'

/** What one batch contributed: sums, so batches of different sizes average correctly. */
export interface BatchResult {
  /** The batch loss including its penalties, as Keras reports it. */
  readonly loss: number
  readonly count: number
  readonly metrics: Readonly<Record<string, { total: number; count: number }>>
}

/**
 * Running results over an epoch: metrics averaged by count; the loss averaged by batch
 * size (Keras), or — for a loss that sums over samples — added up. Averaging minibatch
 * sums would make SGD's epoch loss look several times smaller than gradient descent's on
 * the same data; their total is the loss over the epoch's samples, comparable to one
 * full-batch step.
 */
export class EpochAverages {
  private weightedLoss = 0
  private lossTotal = 0
  private samples = 0
  private readonly metricSums = new Map<string, { total: number; count: number }>()

  constructor(private readonly reduction: Reduction = 'mean') {}

  add(batch: BatchResult): void {
    this.weightedLoss += batch.loss * batch.count
    this.lossTotal += batch.loss
    this.samples += batch.count
    for (const [key, m] of Object.entries(batch.metrics)) {
      const acc = this.metricSums.get(key) ?? { total: 0, count: 0 }
      acc.total += m.total
      acc.count += m.count
      this.metricSums.set(key, acc)
    }
  }

  result(prefix = ''): Record<string, number> {
    const loss = this.reduction === 'sum' ? this.lossTotal : this.weightedLoss / this.samples
    const out: Record<string, number> = { [`${prefix}loss`]: loss }
    for (const [key, m] of this.metricSums) out[`${prefix}${key}`] = m.total / m.count
    return out
  }
}
