import { html, nothing } from 'lit'
import type { TemplateResult } from 'lit'
import type { RecentInfo } from '../view-types.ts'
import { baseStyles } from './theme.ts'
import { emit } from './events.ts'
import { modalStyles, renderModal } from './modal.ts'
import { ModalElement, choiceStyles } from './modal-element.ts'

/**
 * The Recent dialog: the graphs the user worked on before another took their place, newest first.
 *
 * Events: `fg-open-recent` {id}, `fg-close` (close button, backdrop click or Escape).
 */
export class FgRecent extends ModalElement {
  static override properties = { entries: { attribute: false } }

  declare entries: readonly RecentInfo[]

  constructor() {
    super()
    this.entries = []
  }

  static override styles = [baseStyles, modalStyles, choiceStyles]

  override render(): TemplateResult | typeof nothing {
    if (!this.open) return nothing
    const none = 'No earlier graph yet: a graph you worked on appears here when a link, an example, a file, New or another tab takes its place.'
    return renderModal({
      label: 'Recent graphs',
      testid: 'recent',
      onClose: () => this.close(),
      body: this.entries.length === 0
        ? html`<p class="none" data-testid="recent-none">${none}</p>`
        : html`<div class="list">
            ${this.entries.map(
              (e) => html`<button class="choice" data-testid=${`recent-${e.id}`} @click=${() => emit(this, 'fg-open-recent', { id: e.id })}>
                <strong>${e.title}</strong><span>${e.nodes} ${e.nodes === 1 ? 'node' : 'nodes'}, put aside ${new Date(e.savedAt).toLocaleString()}</span>
              </button>`,
            )}
          </div>`,
    })
  }
}

if (!customElements.get('fg-recent')) customElements.define('fg-recent', FgRecent)

declare global {
  interface HTMLElementTagNameMap {
    'fg-recent': FgRecent
  }
}
