import { css, html, nothing } from 'lit'
import type { TemplateResult } from 'lit'
import type { ExampleInfo } from '../view-types.ts'
import { baseStyles } from './theme.ts'
import { emit } from './events.ts'
import { modalStyles, renderModal } from './modal.ts'
import { ModalElement, choiceStyles } from './modal-element.ts'

/**
 * The examples dialog: one card per example graph, two columns of title and first sentence so
 * all of them show at once on a projector's 1024×768; the whole description is the card's tooltip.
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

  static override styles = [
    baseStyles,
    modalStyles,
    choiceStyles,
    css`
      .dialog { width: min(920px, 100%); max-height: min(90vh, 100%); }
      .list { grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); }
      .choice span { display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; overflow: hidden; }
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
              (ex) => html`<button class="choice" data-testid=${`example-${ex.id}`} title=${ex.description} @click=${() => emit(this, 'fg-open-example', { id: ex.id })}>
                <strong>${ex.title}</strong><span>${ex.summary}</span>
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
