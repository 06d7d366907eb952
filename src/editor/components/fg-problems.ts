import { LitElement, css, html, nothing } from 'lit'
import type { TemplateResult } from 'lit'
import { baseStyles } from './theme.ts'
import { emit, stopPointer } from './events.ts'
import { icons } from './icons.ts'
import { EscapeController } from './modal.ts'

/**
 * A dismissable panel listing problems, e.g. why a file was not opened (one line each, with
 * its JSON path).
 *
 * Events: `fg-close` (close button or Escape).
 */
export class FgProblems extends LitElement {
  static override properties = {
    // The panel's heading; not the host's title attribute (a tooltip): set the property.
    title: { attribute: false },
    problems: { attribute: false },
    open: { type: Boolean, reflect: true },
  }

  declare title: string
  declare problems: readonly string[]
  declare open: boolean

  constructor() {
    super()
    this.title = ''
    this.problems = []
    this.open = false
    new EscapeController(this, () => this.open, () => this.close())
  }

  static override styles = [
    baseStyles,
    css`
      .panel {
        position: fixed;
        z-index: 900;
        top: 64px;
        left: 50%;
        transform: translateX(-50%);
        width: min(640px, calc(100vw - 32px));
        max-height: calc(100vh - 96px);
        display: flex;
        flex-direction: column;
        background: var(--_bg);
        border: 1px solid var(--_border);
        border-top: 3px solid var(--_danger);
        border-radius: var(--_radius);
        box-shadow: var(--_shadow);
      }
      header { display: flex; align-items: center; gap: 8px; padding: 10px 10px 8px 14px; }
      header svg { width: 18px; height: 18px; color: var(--_danger); flex: none; }
      h2 { margin: 0; flex: 1; font-size: 14px; font-weight: 600; }
      ul { margin: 0; padding: 0 14px 14px 34px; overflow: auto; line-height: 1.45; }
      li { margin: 2px 0; white-space: pre-wrap; overflow-wrap: anywhere; }
      code { font-family: var(--_mono); font-size: 12px; }
    `,
  ]

  override render(): TemplateResult | typeof nothing {
    if (!this.open) return nothing
    return html`<div class="panel" role="alertdialog" aria-label=${this.title || 'Problems'} data-testid="problems" @pointerdown=${stopPointer}>
      <header>
        ${icons.warning}
        <h2 data-testid="problems-title">${this.title || 'Problems'}</h2>
        <button class="icon ghost" data-testid="problems-close" title="Close (Esc)" aria-label="Close" @click=${() => this.close()}>${icons.close}</button>
      </header>
      <ul>
        ${this.problems.map((p) => html`<li data-testid="problem">${p}</li>`)}
      </ul>
    </div>`
  }

  private close(): void {
    emit(this, 'fg-close', null)
  }
}

if (!customElements.get('fg-problems')) customElements.define('fg-problems', FgProblems)

declare global {
  interface HTMLElementTagNameMap {
    'fg-problems': FgProblems
  }
}
