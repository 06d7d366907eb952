import type { RuntimeEvent } from '../runtime/runtime.ts'

/** Without a terminal, a line at least this often, so a log shows the run is alive. */
export const QUIET_LIMIT_MS = 10_000

export interface ProgressOptions {
  /** A terminal gets a redrawn bar; a pipe or log gets plain lines. */
  tty: boolean
  write: (text: string) => void
  /** Total epochs per trainer id. */
  epochs: ReadonlyMap<string, number>
  /** A trainer's steps per epoch, once it has started (read from its latest snapshot). */
  stepsPerEpoch?: (nodeId: string) => number | undefined
  now?: () => number
}

interface TrainerProgress {
  epoch: number
  step: number
  loss: number
  /** The last whole percent of the work a line was written for. */
  shownPercent: number
}

function bar(fraction: number, width = 24): string {
  const full = Math.round(Math.max(0, Math.min(1, fraction)) * width)
  return `${'█'.repeat(full)}${'░'.repeat(width - full)}`
}

function grouped(n: number): string {
  return n.toLocaleString('en-US')
}

/**
 * Shows training progress on stderr: one bar per trainer on a terminal; otherwise a line
 * at every 1% of each trainer's steps, at each of its last epoch, and whenever nothing was
 * written for 10 s (`tick`). A 10% rule left a long run silent for an hour.
 */
export class ProgressReporter {
  private readonly trainers = new Map<string, TrainerProgress>()
  private drawnLines = 0
  private readonly now: () => number
  private lastWrite: number

  constructor(private readonly options: ProgressOptions) {
    this.now = options.now ?? (() => Date.now())
    this.lastWrite = this.now()
  }

  onEvent({ nodeId, event }: RuntimeEvent): void {
    if (event.kind === 'step') {
      const t = this.progressOf(nodeId)
      Object.assign(t, { step: event.step, epoch: event.epoch, loss: event.loss })
      const perEpoch = this.options.stepsPerEpoch?.(nodeId)
      // the step closing an epoch is followed by its epoch event, which writes the metrics
      if (this.options.tty || !perEpoch || event.step % perEpoch === 0) return
      if (this.percent(nodeId, event.step / perEpoch) > t.shownPercent) this.line(nodeId, this.stepLine(nodeId))
    } else if (event.kind === 'epoch') {
      const t = this.progressOf(nodeId)
      Object.assign(t, { epoch: event.epoch, loss: event.logs.loss })
      const total = this.total(nodeId)
      if (this.options.tty) this.redraw()
      else if (this.percent(nodeId, event.epoch) > t.shownPercent || event.epoch === total) {
        const metrics = Object.entries(event.logs)
          .filter(([k]) => k !== 'epoch')
          .map(([k, v]) => `${k} ${v.toFixed(4)}`)
          .join(', ')
        this.line(nodeId, `${nodeId}: epoch ${event.epoch}/${total} ${metrics}`)
      }
    } else if (event.kind === 'error') {
      this.write(`${nodeId}: ${event.message}\n`)
    }
  }

  /** Call every second or so: without a terminal, writes where each trainer is when nothing was written for 10 s. */
  tick(): void {
    if (this.options.tty || this.now() - this.lastWrite < QUIET_LIMIT_MS) return
    for (const id of this.options.epochs.keys()) {
      if (this.trainers.has(id)) this.line(id, this.stepLine(id))
      else this.write(`${id}: preparing (no training step yet)\n`)
    }
  }

  private progressOf(nodeId: string): TrainerProgress {
    let t = this.trainers.get(nodeId)
    if (!t) {
      t = { epoch: 0, step: 0, loss: NaN, shownPercent: 0 }
      this.trainers.set(nodeId, t)
    }
    return t
  }

  private total(nodeId: string): number {
    return this.options.epochs.get(nodeId) ?? 0
  }

  /** Whole percent of a trainer's work at a number of epochs (fractional within an epoch). */
  private percent(nodeId: string, epochs: number): number {
    const total = this.total(nodeId)
    return total > 0 ? Math.floor((100 * epochs) / total) : 0
  }

  private stepLine(nodeId: string): string {
    const t = this.progressOf(nodeId)
    const perEpoch = this.options.stepsPerEpoch?.(nodeId)
    const total = this.total(nodeId)
    const steps = perEpoch ? ` of ${grouped(perEpoch * total)} (${this.percent(nodeId, t.step / perEpoch)}%)` : ''
    return `${nodeId}: step ${grouped(t.step)}${steps}, ${t.epoch}/${total} epochs done, loss ${t.loss.toFixed(4)}`
  }

  private line(nodeId: string, text: string): void {
    const t = this.progressOf(nodeId)
    const perEpoch = this.options.stepsPerEpoch?.(nodeId)
    t.shownPercent = Math.max(t.shownPercent, this.percent(nodeId, perEpoch ? t.step / perEpoch : t.epoch))
    this.write(`${text}\n`)
  }

  private write(text: string): void {
    this.lastWrite = this.now()
    this.options.write(text)
  }

  private redraw(): void {
    const lines = [...this.trainers].map(([id, { epoch, loss }]) => {
      const total = this.total(id)
      return `${id.padEnd(12)} ${bar(total ? epoch / total : 0)} ${String(epoch).padStart(5)}/${total} epochs  loss ${loss.toFixed(4)}`
    })
    const up = this.drawnLines > 0 ? `\x1b[${this.drawnLines}F` : ''
    this.write(`${up}${lines.map((l) => `\x1b[2K${l}`).join('\n')}\n`)
    this.drawnLines = lines.length
  }
}
