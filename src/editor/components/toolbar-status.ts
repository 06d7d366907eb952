import { html, nothing } from 'lit'
import type { TemplateResult } from 'lit'
import type { ProgressView } from '../view-types.ts'
import { emit } from './events.ts'
import { formatEpochs, formatMetric } from './format.ts'

export const STATUS_TEXT: Readonly<Record<ProgressView['status'], string>> = {
  idle: 'Ready',
  running: 'Running',
  paused: 'Paused',
  done: 'Done',
  error: 'Stopped',
}

/** How the trainer chips read: in full, or presenting, where one row must hold them. */
export interface ChipsLook {
  /** Each trainer's colour as the curves draw its run (by trainer id); none when no chart draws it. */
  readonly colours: ReadonlyMap<string, string>
  /**
   * Presenting: "All" for "All trainers", and a trainer's epoch only when it differs from the
   * one the status shows beside the chips (trainers run together share it), small above its loss.
   */
  readonly presenting: boolean
}

/**
 * The trainer focus: one chip per trainer with its epoch and loss, and "All trainers"; a click
 * picks what Run, Step, Epoch and Reset act on. `shown` is what the status row shows (the
 * focused trainer, or all of them together). The host emits `fg-select-trainer` {trainerId}.
 */
export function trainerChips(host: HTMLElement, progress: readonly ProgressView[], shown: ProgressView, look: ChipsLook): TemplateResult {
  const swatch = (t: ProgressView) => {
    const colour = look.colours.get(t.trainerId)
    return colour ? html`<i class="swatch" style=${`background: ${colour}`} data-testid=${`status-swatch-${t.trainerId}`}></i>` : nothing
  }
  const epoch = (t: ProgressView) =>
    look.presenting && t.epoch === shown.epoch && t.epochs === shown.epochs
      ? nothing
      : html`<b class="epoch" data-testid=${`status-trainer-epoch-${t.trainerId}`}>${t.epoch}/${formatEpochs(t.epochs)}</b>`
  return html`<div class="trainers" role="group" aria-label="Trainers">
    <button
      class="trainer"
      data-testid="status-trainer-all"
      aria-pressed=${shown.trainerId === '' ? 'true' : 'false'}
      title="Run, Step, Epoch and Reset act on every trainer"
      @click=${() => emit(host, 'fg-select-trainer', { trainerId: null })}
    ><span>${look.presenting ? 'All' : 'All trainers'}</span></button>
    ${progress.map(
      (t) => html`<button
        class="trainer"
        data-testid=${`status-trainer-${t.trainerId}`}
        aria-pressed=${t.trainerId === shown.trainerId ? 'true' : 'false'}
        title=${`${t.label}: ${STATUS_TEXT[t.status].toLowerCase()}, epoch ${t.epoch} / ${formatEpochs(t.epochs)}, loss ${formatMetric(t.loss)}. Click: Run, Step, Epoch and Reset act on it alone`}
        @click=${() => emit(host, 'fg-select-trainer', { trainerId: t.trainerId })}
      >${swatch(t)}<span class="run"><span class="head">${epoch(t)}<span class="name">${t.label}</span></span><span class="loss" data-testid=${`status-trainer-loss-${t.trainerId}`}>${formatMetric(t.loss)}</span></span></button>`,
    )}
  </div>`
}
