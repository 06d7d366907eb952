import { LitElement, css, html } from 'lit'
import type { TemplateResult } from 'lit'
import { SPEEDS } from '../../runtime/training/pacing.ts'
import type { Speed } from '../../runtime/training/pacing.ts'
import { baseStyles } from './theme.ts'
import { emit, stopPointer } from './events.ts'
import { icons } from './icons.ts'

const SPEED_TEXT: Readonly<Record<Speed, string>> = {
  '1': '1 step/s',
  '5': '5 steps/s',
  '20': '20 steps/s',
  '100': '100 steps/s',
  max: 'Max speed',
}

/**
 * The toolbar's watching controls: how many steps per second the trainers take, and whether
 * they pause after each epoch. It shows what it is given and emits the user's choice.
 *
 * Events: `fg-trainer-param` {name: 'speed' | 'pauseEachEpoch', value}.
 */
export class FgSpeed extends LitElement {
  static override properties = {
    speed: { attribute: false },
    pauseEachEpoch: { type: Boolean, attribute: 'pause-each-epoch' },
    disabled: { type: Boolean },
    presenting: { type: Boolean, reflect: true },
  }

  /** The trainers' speed; null when they differ. */
  declare speed: Speed | null
  declare pauseEachEpoch: boolean
  declare disabled: boolean
  /** Large, for presentation mode (the type size itself comes from the toolbar). */
  declare presenting: boolean

  constructor() {
    super()
    this.speed = 'max'
    this.pauseEachEpoch = false
    this.disabled = false
    this.presenting = false
  }

  static override styles = [
    baseStyles,
    css`
      :host { display: inline-flex; align-items: center; gap: 8px; }
      select { height: 28px; padding: 0 4px; }
      :host([presenting]) select { height: 44px; padding: 0 8px; }
      :host([presenting]) input[type='checkbox'] { width: 22px; height: 22px; }
      label { display: inline-flex; align-items: center; gap: 4px; white-space: nowrap; color: var(--_muted); }
      label svg { display: none; width: 20px; height: 20px; }
      /* Presenting on a laptop's or a projector's width: the box and a pause sign, its title says the rest. */
      @container (max-width: 1500px) {
        :host([presenting]) label span { display: none; }
        :host([presenting]) label svg { display: block; }
      }
      /* A projector's 1024 px: the choice in smaller type leaves the trainers' chips their room. */
      @container (max-width: 1180px) { :host([presenting]) select { font-size: 16px; padding: 0 4px; } }
    `,
  ]

  // The select's value is set after its options exist: an option's `selected` attribute no
  // longer moves a select the user has changed.
  protected override updated(): void {
    const select = this.renderRoot.querySelector('select')
    if (select) select.value = this.speed ?? ''
  }

  override render(): TemplateResult {
    return html`
      <select data-testid="toolbar-speed" aria-label="Training speed" title="Training speed: steps per second while a class watches (the command line always runs at full speed)"
        ?disabled=${this.disabled} @pointerdown=${stopPointer}
        @change=${(e: Event) => emit(this, 'fg-trainer-param', { name: 'speed', value: (e.target as HTMLSelectElement).value })}>
        ${this.speed === null ? html`<option value="" disabled>Mixed speeds</option>` : ''}
        ${SPEEDS.map((s) => html`<option value=${s}>${SPEED_TEXT[s]}</option>`)}
      </select>
      <label title="Pause each epoch: pause at the end of every epoch, and Run goes on to the next one">
        <input type="checkbox" data-testid="toolbar-pause-each-epoch" aria-label="Pause each epoch" .checked=${this.pauseEachEpoch} ?disabled=${this.disabled}
          @change=${(e: Event) => emit(this, 'fg-trainer-param', { name: 'pauseEachEpoch', value: (e.target as HTMLInputElement).checked })} />
        ${icons.pause}<span>Pause each epoch</span>
      </label>
    `
  }
}

if (!customElements.get('fg-speed')) customElements.define('fg-speed', FgSpeed)

declare global {
  interface HTMLElementTagNameMap {
    'fg-speed': FgSpeed
  }
}
