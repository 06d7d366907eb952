import type { TrainingSnapshot, TrainingStatus } from '../../runtime/values.ts'
import type { NodeState } from '../../runtime/node-record.ts'
import type { ProgressView } from '../view-types.ts'

/**
 * Steps per second of one trainer from successive snapshots: over the last second while it
 * runs; once it is done, the average over the whole run (a finished run did not train at
 * 0 steps/s).
 */
export class RateMeter {
  private samples: { t: number; step: number }[] = []
  private start: { t: number; step: number } | null = null
  private last: { t: number; step: number } | null = null

  rate(step: number, now: number, status: TrainingStatus): number {
    if (this.last && step < this.last.step) this.start = null
    if (status === 'running' || (this.start && step > (this.last?.step ?? 0))) {
      this.start ??= { t: now, step: this.last?.step ?? step }
      this.last = { t: now, step }
    }
    if (status === 'done' && this.start && this.last && this.last.t > this.start.t) {
      return ((this.last.step - this.start.step) * 1000) / (this.last.t - this.start.t)
    }
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
export function progressView(s: TrainingSnapshot, stepsPerSecond: number): ProgressView {
  const loss = s.history.at(-1)?.loss ?? s.steps.at(-1)?.loss ?? null
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
