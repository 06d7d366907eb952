import { html, nothing } from 'lit'
import type { TemplateResult } from 'lit'
import type { ExampleInfo } from '../view-types.ts'
import { baseStyles } from './theme.ts'
import { emit } from './events.ts'
import { modalStyles, renderModal } from './modal.ts'
import { ModalElement, choiceStyles } from './modal-element.ts'

/**
 * The examples dialog: one card per example graph.
 *
 * Events: `fg-open-example` {id}, `fg-close` (close button, backdrop click or Escape).
 */
export class FgExamples extends ModalElement {
  static override properties = { examples: { attribute: false } }

  declare examples: readonly ExampleInfo[]

  constructor() {
    super()
    this.examples = []
  }

  static override styles = [baseStyles, modalStyles, choiceStyles]

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
              (ex) => html`<button class="choice" data-testid=${`example-${ex.id}`} @click=${() => emit(this, 'fg-open-example', { id: ex.id })}>
                <strong>${ex.title}</strong><span>${ex.description}</span>
              </button>`,
            )}
          </div>`,
    })
  }
}

if (!customElements.get('fg-examples')) customElements.define('fg-examples', FgExamples)

declare global {
  interface HTMLElementTagNameMap {
    'fg-examples': FgExamples
  }
}
