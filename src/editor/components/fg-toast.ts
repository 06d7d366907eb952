import { LitElement, css, html, nothing } from 'lit'
import type { TemplateResult } from 'lit'
import { baseStyles } from './theme.ts'

/**
 * A short message (why a connection was refused, "Link copied"), shown where it covers no
 * chart: the app places the element over the canvas, where it shows at the top middle, or
 * over the board alone, where it shows at the top right, over the lesson's title and text.
 * The app decides how long it stays: set `message` back to null to hide it. Emits nothing.
 */
export class FgToast extends LitElement {
  static override properties = {
    message: { attribute: false },
    over: { type: String, reflect: true },
    presenting: { type: Boolean, reflect: true },
  }

  declare message: string | null
  /** What the element lies over: the canvas, or the board when it shows alone. */
  declare over: 'canvas' | 'board'
  /** Presentation mode: the message in the board's large type, read from the back row. */
  declare presenting: boolean

  constructor() {
    super()
    this.message = null
    this.over = 'canvas'
    this.presenting = false
  }

  static override styles = [
    baseStyles,
    css`
      :host { display: block; position: relative; pointer-events: none; }
      .region { position: absolute; top: 12px; left: 50%; transform: translateX(-50%); width: max-content; max-width: calc(100% - 32px); }
      :host([over='board']) .region { left: auto; right: 16px; transform: none; }
      .toast {
        max-width: 560px;
        padding: 9px 16px;
        border-radius: var(--_radius);
        background: var(--_text);
        color: var(--_bg);
        box-shadow: var(--_shadow);
        line-height: 1.4;
        animation: rise 0.16s ease-out;
      }
      /* The board's own type grows by about 1.6× when presenting: so does the message. */
      :host([presenting]) .toast { font-size: 21px; max-width: 800px; padding: 14px 24px; }
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
