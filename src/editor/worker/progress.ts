import type { TrainingSnapshot } from '../../runtime/values.ts'
import type { NodeState } from '../../runtime/node-record.ts'
import type { ProgressView } from '../view-types.ts'

/** Steps per second of one trainer while it runs, over the last second of its snapshots. */
export class RateMeter {
  private samples: { t: number; step: number }[] = []

  rate(step: number, now: number): number {
    this.samples.push({ t: now, step })
    this.samples = this.samples.filter((s) => now - s.t <= 1000)
    const first = this.samples[0]
    const dt = (now - first.t) / 1000
    return dt > 0 ? (step - first.step) / dt : 0
  }
}

/**
 * One trainer's progress for the toolbar. Its loss is the last epoch's, the number the training
 * curves draw (a minibatch's loss says little, and a summed loss is smaller on a smaller batch);
 * during the first epoch, the last step's.
 */
export function progressView(s: TrainingSnapshot, recentRate: number): ProgressView {
  const loss = s.history.at(-1)?.loss ?? s.steps.at(-1)?.loss ?? null
  // A finished run did not train at 0 steps/s: it shows its average over the time it ran.
  const stepsPerSecond = s.status === 'done' && s.runningMs > 0 ? (s.step * 1000) / s.runningMs : recentRate
  return { trainerId: s.trainerId, label: s.label, status: s.status, epoch: s.epoch, epochs: s.epochs, step: s.step, loss, stepsPerSecond, notice: s.notice?.message ?? null, error: s.error }
}

/**
 * A trainer that cannot run because it, or something it depends on, failed: the status row
 * says so instead of showing the last run's numbers as if they were current.
 */
export function failedProgress(trainerId: string, label: string, state: NodeState, epochs: number): ProgressView {
  const error = state.error ?? 'waiting for its inputs'
  return { trainerId, label, status: 'error', epoch: 0, epochs, step: 0, loss: null, stepsPerSecond: 0, notice: null, error }
}
