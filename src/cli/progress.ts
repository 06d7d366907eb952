import type { RuntimeEvent } from '../runtime/runtime.ts'

export interface ProgressOptions {
  /** A terminal gets a redrawn bar; a pipe or log gets plain lines. */
  tty: boolean
  write: (text: string) => void
  /** Total epochs per trainer id. */
  epochs: ReadonlyMap<string, number>
}

function bar(fraction: number, width = 24): string {
  const full = Math.round(Math.max(0, Math.min(1, fraction)) * width)
  return `${'█'.repeat(full)}${'░'.repeat(width - full)}`
}

/** Shows training progress on stderr: one bar per trainer on a terminal, else a line now and then. */
export class ProgressReporter {
  private readonly latest = new Map<string, { epoch: number; loss: number }>()
  private drawnLines = 0

  constructor(private readonly options: ProgressOptions) {}

  onEvent({ nodeId, event }: RuntimeEvent): void {
    const total = this.options.epochs.get(nodeId) ?? 0
    if (event.kind === 'epoch') {
      this.latest.set(nodeId, { epoch: event.epoch, loss: event.logs.loss })
      if (this.options.tty) this.redraw()
      else if (total <= 20 || event.epoch % Math.ceil(total / 10) === 0 || event.epoch === total) {
        const metrics = Object.entries(event.logs)
          .filter(([k]) => k !== 'epoch')
          .map(([k, v]) => `${k} ${v.toFixed(4)}`)
          .join(', ')
        this.options.write(`${nodeId}: epoch ${event.epoch}/${total} ${metrics}\n`)
      }
    } else if (event.kind === 'error') {
      this.options.write(`${nodeId}: ${event.message}\n`)
    }
  }

  private redraw(): void {
    const lines = [...this.latest].map(([id, { epoch, loss }]) => {
      const total = this.options.epochs.get(id) ?? 0
      return `${id.padEnd(12)} ${bar(total ? epoch / total : 0)} ${String(epoch).padStart(5)}/${total} epochs  loss ${loss.toFixed(4)}`
    })
    const up = this.drawnLines > 0 ? `\x1b[${this.drawnLines}F` : ''
    this.options.write(`${up}${lines.map((l) => `\x1b[2K${l}`).join('\n')}\n`)
    this.drawnLines = lines.length
  }
}
