import { LitElement, css, html, nothing } from 'lit'
import type { TemplateResult } from 'lit'
import { baseStyles } from './theme.ts'
import { emit, stopPointer } from './events.ts'
import { icons } from './icons.ts'

/**
 * A notice that stays until dismissed: another tab saved its graph over this tab's autosave.
 *
 * Events: `fg-notice-open` (open the other tab's graph here), `fg-close` (dismiss).
 */
export class FgNotice extends LitElement {
  static override properties = { message: { attribute: false } }

  /** Nothing is shown while it is unset, null or empty. */
  declare message: string | null | undefined

  static override styles = [
    baseStyles,
    css`
      .notice {
        position: fixed;
        z-index: 950;
        left: 16px;
        bottom: 16px;
        width: min(440px, calc(100vw - 32px));
        display: grid;
        gap: 8px;
        padding: 10px 12px;
        background: var(--_bg);
        border: 1px solid var(--_border);
        border-left: 3px solid var(--_warning);
        border-radius: var(--_radius);
        box-shadow: var(--_shadow);
        line-height: 1.4;
      }
      .actions { display: flex; gap: 6px; justify-content: flex-end; }
      svg { width: 16px; height: 16px; }
    `,
  ]

  override render(): TemplateResult | typeof nothing {
    if (!this.message) return nothing
    return html`<div class="notice" role="status" data-testid="notice" @pointerdown=${stopPointer}>
      <div data-testid="notice-message">${this.message}</div>
      <div class="actions">
        <button data-testid="notice-open" @click=${() => emit(this, 'fg-notice-open', null)}>Open that tab’s graph</button>
        <button data-testid="notice-close" title="Keep this tab’s graph" @click=${() => emit(this, 'fg-close', null)}>${icons.close}<span>Keep mine</span></button>
      </div>
    </div>`
  }
}

if (!customElements.get('fg-notice')) customElements.define('fg-notice', FgNotice)

declare global {
  interface HTMLElementTagNameMap {
    'fg-notice': FgNotice
  }
}
