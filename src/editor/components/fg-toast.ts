import { LitElement, css, html, nothing } from 'lit'
import type { TemplateResult } from 'lit'
import { baseStyles } from './theme.ts'

/**
 * A short message at the bottom of the page (why a connection was refused, "Link copied").
 * The app decides how long it stays: set `message` back to null to hide it. Emits nothing.
 */
export class FgToast extends LitElement {
  static override properties = {
    message: { attribute: false },
  }

  declare message: string | null

  constructor() {
    super()
    this.message = null
  }

  static override styles = [
    baseStyles,
    css`
      .region {
        position: fixed;
        z-index: 1100;
        left: 50%;
        bottom: 24px;
        transform: translateX(-50%);
        pointer-events: none;
      }
      .toast {
        max-width: min(560px, calc(100vw - 32px));
        padding: 9px 16px;
        border-radius: var(--_radius);
        background: var(--_text);
        color: var(--_bg);
        box-shadow: var(--_shadow);
        line-height: 1.4;
        animation: rise 0.16s ease-out;
      }
      @keyframes rise { from { opacity: 0; transform: translateY(6px); } }
    `,
  ]

  override render(): TemplateResult {
    return html`<div class="region" role="status" aria-live="polite">
      ${this.message ? html`<div class="toast" data-testid="toast">${this.message}</div>` : nothing}
    </div>`
  }
}

if (!customElements.get('fg-toast')) customElements.define('fg-toast', FgToast)

declare global {
  interface HTMLElementTagNameMap {
    'fg-toast': FgToast
  }
}
