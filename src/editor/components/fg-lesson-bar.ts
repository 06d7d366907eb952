import { LitElement, css, html, nothing } from 'lit'
import type { TemplateResult } from 'lit'
import type { ProgressView } from '../view-types.ts'
import type { RunCommand } from '../../runtime/define-node.ts'
import type { WatchingView } from '../trainer-speed.ts'
import { shownProgress } from '../trainer-focus.ts'
import { baseStyles } from './theme.ts'
import { emit } from './events.ts'
import { icons } from './icons.ts'
import { formatEpochs, formatMetric } from './format.ts'
import { NO_TRAINER } from './no-trainer.ts'
import './fg-speed.ts'

const BUTTONS: Readonly<Record<RunCommand, { readonly label: string; readonly help: string }>> = {
  play: { label: 'Run', help: 'Train: run every trainer of the lesson' },
  pause: { label: 'Pause', help: 'Pause at the next step' },
  stepBatch: { label: 'Step', help: 'Train one batch' },
  stepEpoch: { label: 'Epoch', help: 'Train one epoch' },
  reset: { label: 'Reset', help: 'Reset training: new initial weights from the seed' },
}

const STATE_TEXT: Readonly<Record<ProgressView['status'], string>> = { idle: 'Ready', running: 'Running', paused: 'Paused', done: 'Done', error: 'Stopped' }

/**
 * An embedded lesson's run controls (run/pause, step, epoch, reset, speed) and its status: the
 * state, the epoch, the loss, and what the last command said. They act on every trainer.
 *
 * Events: `fg-command` {command}, `fg-trainer-param` {name, value} (from the speed control).
 */
export class FgLessonBar extends LitElement {
  static override properties = {
    progress: { attribute: false },
    hasTrainer: { type: Boolean, attribute: 'has-trainer' },
    watching: { attribute: false },
    message: { attribute: false },
    appLink: { attribute: false },
  }

  /** One entry per trainer. */
  declare progress: readonly ProgressView[]
  declare hasTrainer: boolean
  declare watching: WatchingView | null
  /** Why the last command did nothing ("Done — Reset to train again."), or null. */
  declare message: string | null
  /** The app opened with this lesson's graph (a share link), or null: no link. */
  declare appLink: string | null

  constructor() {
    super()
    this.progress = []
    this.hasTrainer = false
    this.watching = null
    this.message = null
    this.appLink = null
  }

  static override styles = [
    baseStyles,
    css`
      :host { display: block; background: var(--_surface); border-bottom: 1px solid var(--_border); }
      .bar { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 10px; padding: 6px 10px; }
      .group { display: flex; flex-wrap: wrap; align-items: center; gap: 4px; }
      button.primary { min-width: 78px; justify-content: center; font-weight: 600; }
      .status { flex: 1 0 100%; display: flex; flex-wrap: wrap; align-items: center; gap: 4px 12px; color: var(--_muted); font-variant-numeric: tabular-nums; }
      .status b { color: var(--_text); font-weight: 600; }
      .state { padding: 1px 8px; border-radius: 999px; font-size: 11px; font-weight: 600; text-transform: uppercase; letter-spacing: 0.04em; border: 1px solid var(--_border); background: var(--_bg); }
      .state.running { color: var(--_accent); border-color: var(--_accent); background: var(--_accent-soft); }
      .state.done { color: var(--_success); border-color: currentColor; }
      .state.error { color: var(--_danger); border-color: currentColor; background: var(--_danger-soft); }
      .state.paused { color: var(--_warning); border-color: currentColor; }
      .trainer { white-space: nowrap; padding-left: 12px; border-left: 1px solid var(--_border); }
      .notice { color: var(--_warning); font-weight: 600; }
      .problem { color: var(--_danger); }
      .open { margin-left: auto; color: var(--_accent); text-decoration: none; white-space: nowrap; }
      .open:hover { text-decoration: underline; }
      .message { color: var(--_text); font-style: italic; }
    `,
  ]

  override render(): TemplateResult {
    const running = this.progress.some((p) => p.status === 'running')
    const off = !this.hasTrainer
    return html`<div class="bar">
      <div class="group" role="group" aria-label="Training">
        ${this.button(running ? 'pause' : 'play', off, true)} ${this.button('stepBatch', off || running)} ${this.button('stepEpoch', off || running)}
        ${this.button('reset', off)}
      </div>
      <fg-speed data-testid="lesson-speed-host" .speed=${this.watching ? this.watching.speed : 'max'} ?pause-each-epoch=${this.watching?.pauseEachEpoch ?? false} ?disabled=${off}></fg-speed>
      ${this.renderStatus()}
    </div>`
  }

  private button(command: RunCommand, disabled: boolean, primary = false): TemplateResult {
    const spec = BUTTONS[command]
    const help = this.hasTrainer ? spec.help : NO_TRAINER
    return html`<button class=${primary ? 'primary' : ''} data-testid=${`lesson-${command}`} title=${help} ?disabled=${disabled}
      @click=${() => emit(this, 'fg-command', { command })}>${icons[command]}<span>${spec.label}</span></button>`
  }

  /** At the end of the status, right-aligned where the line has room. */
  private renderLink(): TemplateResult | typeof nothing {
    if (!this.appLink) return nothing
    return html`<a class="open" href=${this.appLink} target="_blank" rel="noopener" data-testid="lesson-open-app"
      title="Open this lesson's graph in Flowgrad, in a new tab, to take it apart">Open in Flowgrad ↗</a>`
  }

  private renderStatus(): TemplateResult {
    const p = shownProgress(this.progress, null)
    const message = this.message ? html`<span class="message" role="status" data-testid="lesson-message">${this.message}</span>` : nothing
    if (!p) return html`<div class="status" data-testid="lesson-status">${message}${this.renderLink()}</div>`
    return html`<div class="status" data-testid="lesson-status">
      <span class=${`state ${p.status}`} data-testid="lesson-state">${STATE_TEXT[p.status]}</span>
      <span>epoch <b data-testid="lesson-epoch">${p.epoch}</b> / <b data-testid="lesson-epochs">${formatEpochs(p.epochs)}</b></span>
      ${p.trainerId === '' ? nothing : html`<span>loss <b data-testid="lesson-loss">${formatMetric(p.loss)}</b></span>`}
      ${this.progress.length > 1
        ? this.progress.map((t) => html`<span class="trainer" data-testid=${`lesson-trainer-${t.trainerId}`}>${t.label} <b>${t.epoch}/${formatEpochs(t.epochs)}</b> loss <b>${formatMetric(t.loss)}</b></span>`)
        : nothing}
      ${p.error ? html`<span class="problem" role="status" data-testid="lesson-error">${p.error}</span>` : nothing}
      ${p.notice ? html`<span class="notice" role="status" data-testid="lesson-notice">⚠ ${p.notice}</span>` : nothing}
      ${message}${this.renderLink()}
    </div>`
  }
}

if (!customElements.get('fg-lesson-bar')) customElements.define('fg-lesson-bar', FgLessonBar)

declare global {
  interface HTMLElementTagNameMap {
    'fg-lesson-bar': FgLessonBar
  }
}
