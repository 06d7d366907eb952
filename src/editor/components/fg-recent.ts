import { LitElement, css, html, nothing } from 'lit'
import type { PropertyValues, TemplateResult } from 'lit'
import type { RecentInfo } from '../view-types.ts'
import { baseStyles } from './theme.ts'
import { emit } from './events.ts'
import { EscapeController, focusDialog, modalStyles, renderModal } from './modal.ts'

/**
 * The Recent dialog: the graphs the user worked on before another took their place, newest first.
 *
 * Events: `fg-open-recent` {id}, `fg-close` (close button, backdrop click or Escape).
 */
export class FgRecent extends LitElement {
  static override properties = {
    entries: { attribute: false },
    open: { type: Boolean, reflect: true },
  }

  declare entries: readonly RecentInfo[]
  declare open: boolean

  constructor() {
    super()
    this.entries = []
    this.open = false
    new EscapeController(this, () => this.open, () => this.close())
  }

  static override styles = [
    baseStyles,
    modalStyles,
    css`
      .list { display: grid; gap: 8px; }
      .entry { display: block; width: 100%; height: auto; padding: 10px 12px; text-align: left; white-space: normal; line-height: 1.4; }
      .entry:hover:not(:disabled) { border-color: var(--_accent); background: var(--_accent-soft); }
      .entry strong { display: block; font-size: 14px; margin-bottom: 2px; }
      .entry span, .none { color: var(--_muted); }
    `,
  ]

  override render(): TemplateResult | typeof nothing {
    if (!this.open) return nothing
    return renderModal({
      label: 'Recent graphs',
      testid: 'recent',
      onClose: () => this.close(),
      body: this.entries.length === 0
        ? html`<p class="none" data-testid="recent-none">No earlier graph yet: a graph you worked on appears here when a link, an example, a file or New takes its place.</p>`
        : html`<div class="list">
            ${this.entries.map(
              (e) => html`<button class="entry" data-testid=${`recent-${e.id}`} @click=${() => emit(this, 'fg-open-recent', { id: e.id })}>
                <strong>${e.title}</strong><span>${e.nodes} ${e.nodes === 1 ? 'node' : 'nodes'}, put aside ${new Date(e.savedAt).toLocaleString()}</span>
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

if (!customElements.get('fg-recent')) customElements.define('fg-recent', FgRecent)

declare global {
  interface HTMLElementTagNameMap {
    'fg-recent': FgRecent
  }
}
