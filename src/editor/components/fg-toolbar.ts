import { LitElement, html, nothing } from 'lit'
import type { TemplateResult } from 'lit'
import type { AppCommand, ProgressView } from '../view-types.ts'
import { toolbarStyles } from './fg-toolbar.styles.ts'
import { emit, stopPointer } from './events.ts'
import { icons } from './icons.ts'
import { formatEpochs, formatMetric, formatRate } from './format.ts'
import { STATUS_TEXT, trainerChips } from './toolbar-status.ts'
import { NO_TRAINER, NO_TRAINER_SHORT } from './no-trainer.ts'
import { toolbarHints } from '../keymap.ts'
import { shownProgress } from '../trainer-focus.ts'
import type { WatchingView } from '../trainer-speed.ts'
import './fg-speed.ts'
import './fg-export-menu.ts'

interface ButtonSpec {
  readonly command: AppCommand
  readonly label: string
  readonly help: string
  readonly primary?: boolean
  /** Show only the icon (the title says what it does). */
  readonly iconOnly?: boolean
}

const BUTTONS: Readonly<Record<AppCommand, ButtonSpec>> = {
  play: { command: 'play', label: 'Run', help: 'Run / pause', primary: true },
  pause: { command: 'pause', label: 'Pause', help: 'Run / pause', primary: true },
  stepBatch: { command: 'stepBatch', label: 'Step', help: 'Train one batch' },
  stepEpoch: { command: 'stepEpoch', label: 'Epoch', help: 'Train one epoch' },
  reset: { command: 'reset', label: 'Reset', help: 'Reset training: new initial weights from the seed' },
  new: { command: 'new', label: 'New', help: 'Start an empty graph' },
  open: { command: 'open', label: 'Open', help: 'Open a graph file' },
  save: { command: 'save', label: 'Save', help: 'Save the graph to a file' },
  share: { command: 'share', label: 'Share', help: 'Copy a link that opens this graph' },
  examples: { command: 'examples', label: 'Examples', help: 'Open an example graph' },
  recent: { command: 'recent', label: 'Recent', help: 'Reopen a graph you worked on: one replaced by a link, an example, a file or another tab' },
  undo: { command: 'undo', label: 'Undo', help: 'Undo', iconOnly: true },
  redo: { command: 'redo', label: 'Redo', help: 'Redo', iconOnly: true },
  arrange: { command: 'arrange', label: 'Arrange', help: 'Arrange the nodes automatically', iconOnly: true },
  fit: { command: 'fit', label: 'Zoom to fit', help: 'Zoom to fit the whole graph', iconOnly: true },
  present: { command: 'present', label: 'Present', help: 'Present the board full screen, in large type (Escape leaves)' },
  teach: { command: 'teach', label: 'Teach', help: 'Teacher mode: lock or hide controls and nodes, then Share the lesson with students' },
  resetLesson: { command: 'resetLesson', label: 'Reset to the lesson', help: 'Restore the graph as the teacher shared it (Undo brings yours back)' },
}

/**
 * The app bar: graph title, run controls, file and edit commands, and the training status.
 *
 * Events: `fg-command` {command}, `fg-title` {title}, `fg-select-trainer` {trainerId}.
 */
export class FgToolbar extends LitElement {
  static override properties = {
    progress: { attribute: false },
    running: { type: Boolean },
    canUndo: { type: Boolean, attribute: 'can-undo' },
    canRedo: { type: Boolean, attribute: 'can-redo' },
    // Not the host's title attribute (that would be a tooltip over the whole bar): set the property.
    title: { attribute: false },
    selectedTrainer: { type: String, attribute: 'selected-trainer' },
    hasTrainer: { type: Boolean, attribute: 'has-trainer' },
    shortcuts: { attribute: false },
    watching: { attribute: false },
    presenting: { type: Boolean, reflect: true },
    teaching: { type: Boolean },
    runColours: { attribute: false },
  }

  /** One entry per trainer in the graph. */
  declare progress: readonly ProgressView[]
  declare running: boolean
  declare canUndo: boolean
  declare canRedo: boolean
  /** The graph's title (editable inline). */
  declare title: string
  /** The trainer the status row, Run, Step, Epoch and Reset act on; all of them when null. */
  declare selectedTrainer: string | null
  /** Whether the graph has a trainer: without one the run controls are disabled. */
  declare hasTrainer: boolean
  /** Shortcut hints per command, shown in button titles. */
  declare shortcuts: Readonly<Partial<Record<AppCommand, string>>>
  /** The speed settings of the trainers the run controls act on. */
  declare watching: WatchingView | null
  /** Presentation mode: run controls, status and the way out only, in large type. */
  declare presenting: boolean
  /** Teacher mode is on (the Teach button shows pressed). */
  declare teaching: boolean
  /** Each trainer's colour as the board's curves draw its run (by trainer id). */
  declare runColours: ReadonlyMap<string, string>

  constructor() {
    super()
    this.progress = []
    this.running = false
    this.canUndo = false
    this.canRedo = false
    this.title = ''
    this.selectedTrainer = null
    this.hasTrainer = true
    // The keymap's keys: the same list the key handler acts on.
    this.shortcuts = toolbarHints()
    this.watching = null
    this.presenting = false
    this.teaching = false
    this.runColours = new Map()
  }

  static override styles = toolbarStyles

  override render(): TemplateResult {
    if (this.presenting) return this.renderPresenting()
    return html`
      <div class="bar" @pointerdown=${stopPointer}>
        <span class="brand">Flowgrad</span>
        <input
          class="title"
          data-testid="toolbar-title"
          aria-label="Graph title"
          title="Graph title (click to rename)"
          .value=${this.title}
          @change=${this.onTitleChange}
          @keydown=${this.onTitleKey}
        />
        <div class="group" role="group" aria-label="Lesson">
          ${this.button('teach', false, this.teaching)} ${this.button('present', false, false)}
        </div>
        ${this.runControls(false)}
        <span class="sep"></span>
        <div class="group" role="group" aria-label="File">
          ${this.button('new', false)} ${this.button('open', false)} ${this.button('save', false)} ${this.button('share', false)} ${this.button('recent', false)} ${this.button('examples', false)}
          <fg-export-menu></fg-export-menu>
        </div>
        <span class="sep"></span>
        <div class="group" role="group" aria-label="Edit">
          ${this.button('undo', !this.canUndo)} ${this.button('redo', !this.canRedo)} ${this.button('arrange', false)} ${this.button('fit', false)}
        </div>
        ${this.renderStatus()}
      </div>
    `
  }

  /**
   * Presenting, one row a projector's 1024 px holds: the run controls and speed, the state and
   * epoch, each trainer's loss in its own chip (a click picks the trainer the run controls act
   * on), and the way out. The chips' names give way first; their figures stay whole.
   */
  private renderPresenting(): TemplateResult {
    const p = shownProgress(this.progress, this.selectedTrainer)
    const several = this.progress.length > 1
    return html`
      <div class=${['bar', several ? 'several' : '', this.progress.length > 3 ? 'many' : ''].join(' ').trim()} @pointerdown=${stopPointer}>
        ${this.runControls(true)}
        <div class="status" data-testid="status" aria-live="off">
          ${p
            ? html`<span class=${`state ${p.status}`} data-testid="status-state" title=${p.label}>${STATUS_TEXT[p.status]}</span>
                <span class="figure">epoch <b data-testid="status-epoch">${p.epoch}</b>/<b data-testid="status-epochs">${formatEpochs(p.epochs)}</b></span>
                ${several ? trainerChips(this, this.progress, p, { colours: this.runColours, presenting: true }) : html`<span class="figure">loss <b data-testid="status-loss">${formatMetric(p.loss)}</b></span>`}
                ${p.error ? html`<span class="problem" role="status" data-testid="status-error" title=${p.error}>${p.error}</span>` : nothing}`
            : html`<span class="none">${NO_TRAINER_SHORT}</span>`}
        </div>
        ${this.button('present', false, true)}
      </div>
    `
  }

  private runControls(present: boolean): TemplateResult {
    const off = !this.hasTrainer
    return html`<div class="group" role="group" aria-label="Training">
      ${this.button(this.running ? 'pause' : 'play', off)}
      ${this.button('stepBatch', this.running || off)} ${this.button('stepEpoch', this.running || off)}
      ${this.button('reset', off)}
      <fg-speed .speed=${this.watching ? this.watching.speed : 'max'} ?pause-each-epoch=${this.watching?.pauseEachEpoch ?? false} ?disabled=${off} ?presenting=${present}></fg-speed>
    </div>`
  }

  /** A command's button; `pressed` makes it a toggle (Teach, Present) showing its state. */
  private button(command: AppCommand, disabled: boolean, pressed?: boolean): TemplateResult {
    const spec = BUTTONS[command]
    // Presenting, the Present button is the way out, as Escape is.
    const key = command === 'present' && pressed ? 'Escape' : this.shortcuts[command]
    const runControl = command === 'play' || command === 'pause' || command === 'stepBatch' || command === 'stepEpoch' || command === 'reset'
    const help = runControl && !this.hasTrainer ? NO_TRAINER : command === 'present' && pressed ? 'Leave presentation' : spec.help
    const tip = key ? `${help} (${key})` : help
    const classes = [spec.primary ? 'primary' : '', spec.iconOnly ? 'icon ghost' : ''].join(' ').trim()
    return html`<button
      class=${classes}
      data-testid=${`toolbar-${command}`}
      title=${tip}
      aria-label=${spec.iconOnly ? spec.label : nothing}
      aria-pressed=${pressed === undefined ? nothing : pressed ? 'true' : 'false'}
      ?disabled=${disabled}
      @click=${() => emit(this, 'fg-command', { command })}
    >${icons[command]}${spec.iconOnly ? nothing : html`<span>${command === 'present' && pressed ? 'Leave' : spec.label}</span>`}</button>`
  }


  /** The state and figures first, the trainer chips after: a long row scrolls, and loses chips, not the state. */
  private renderStatus(): TemplateResult {
    const p = shownProgress(this.progress, this.selectedTrainer)
    if (!p) return html`<div class="status" data-testid="status"><span class="none" title=${NO_TRAINER}>${NO_TRAINER_SHORT}</span></div>`
    return html`
      <div class="status" data-testid="status" aria-live="off">
        <span class=${`state ${p.status}`} data-testid="status-state" title=${p.label}>${STATUS_TEXT[p.status]}</span>
        <span>epoch <b data-testid="status-epoch">${p.epoch}</b> / <b data-testid="status-epochs">${formatEpochs(p.epochs)}</b></span>
        <span>step <b data-testid="status-step">${p.step}</b></span>
        <span><b data-testid="status-rate">${formatRate(p.stepsPerSecond)}</b> steps/s</span>
        ${p.trainerId === '' ? nothing : html`<span>loss <b data-testid="status-loss">${formatMetric(p.loss)}</b></span>`}
        ${p.error ? html`<span class="problem" role="status" data-testid="status-error" title=${p.error}>${p.error}</span>` : nothing}
        ${p.notice ? html`<span class="notice" role="status" data-testid="status-notice" title=${p.notice}>⚠ ${p.notice}</span>` : nothing}
        ${this.progress.length > 1 ? trainerChips(this, this.progress, p, { colours: this.runColours, presenting: false }) : nothing}
      </div>
    `
  }

  private onTitleChange(event: Event): void {
    const input = event.target as HTMLInputElement
    const title = input.value.trim()
    if (title === '' || title === this.title) {
      input.value = this.title
      return
    }
    emit(this, 'fg-title', { title })
  }

  private onTitleKey(event: KeyboardEvent): void {
    const input = event.target as HTMLInputElement
    if (event.key === 'Enter') input.blur()
    else if (event.key === 'Escape') {
      input.value = this.title
      input.blur()
    }
  }
}

if (!customElements.get('fg-toolbar')) customElements.define('fg-toolbar', FgToolbar)

declare global {
  interface HTMLElementTagNameMap {
    'fg-toolbar': FgToolbar
  }
}
