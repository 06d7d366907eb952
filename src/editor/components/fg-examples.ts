import { LitElement, css, html, nothing } from 'lit'
import type { PropertyValues, TemplateResult } from 'lit'
import type { ExampleInfo } from '../view-types.ts'
import { baseStyles } from './theme.ts'
import { emit } from './events.ts'
import { EscapeController, focusDialog, modalStyles, renderModal } from './modal.ts'

/**
 * The examples dialog: one card per example graph.
 *
 * Events: `fg-open-example` {id}, `fg-close` (close button, backdrop click or Escape).
 */
export class FgExamples extends LitElement {
  static override properties = {
    examples: { attribute: false },
    open: { type: Boolean, reflect: true },
  }

  declare examples: readonly ExampleInfo[]
  declare open: boolean

  constructor() {
    super()
    this.examples = []
    this.open = false
    new EscapeController(this, () => this.open, () => this.close())
  }

  static override styles = [
    baseStyles,
    modalStyles,
    css`
      .list { display: grid; gap: 8px; }
      .example {
        display: block;
        width: 100%;
        height: auto;
        padding: 10px 12px;
        text-align: left;
        white-space: normal;
        line-height: 1.4;
      }
      .example:hover:not(:disabled) { border-color: var(--_accent); background: var(--_accent-soft); }
      .example strong { display: block; font-size: 14px; margin-bottom: 2px; }
      .example span { color: var(--_muted); }
      .none { color: var(--_muted); }
    `,
  ]

  override render(): TemplateResult | typeof nothing {
    if (!this.open) return nothing
    return renderModal({
      label: 'Examples',
      testid: 'examples',
      onClose: () => this.close(),
      body: this.examples.length === 0
        ? html`<p class="none">No examples available.</p>`
        : html`<div class="list">
            ${this.examples.map(
              (ex) => html`<button class="example" data-testid=${`example-${ex.id}`} @click=${() => emit(this, 'fg-open-example', { id: ex.id })}>
                <strong>${ex.title}</strong><span>${ex.description}</span>
              </button>`,
            )}
          </div>`,
    })
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('open') && this.open) focusDialog(this.renderRoot)
  }

  private close(): void {
    emit(this, 'fg-close', null)
  }
}

if (!customElements.get('fg-examples')) customElements.define('fg-examples', FgExamples)

declare global {
  interface HTMLElementTagNameMap {
    'fg-examples': FgExamples
  }
}
