/** The shared frame of modal dialogs (backdrop, panel, header with close) and Escape handling. */
import { css, html } from 'lit'
import type { CSSResult, ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit'
import { icons } from './icons.ts'
import { stopPointer } from './events.ts'

/** Calls `onEscape` when Escape is pressed anywhere while `isOpen()`. */
export class EscapeController implements ReactiveController {
  private readonly onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && !event.defaultPrevented && this.isOpen()) {
      event.preventDefault()
      this.onEscape()
    }
  }

  constructor(
    host: ReactiveControllerHost,
    private readonly isOpen: () => boolean,
    private readonly onEscape: () => void,
  ) {
    host.addController(this)
  }

  hostConnected(): void {
    window.addEventListener('keydown', this.onKey)
  }

  hostDisconnected(): void {
    window.removeEventListener('keydown', this.onKey)
  }
}

export interface ModalOptions {
  readonly label: string
  readonly testid: string
  readonly body: TemplateResult
  readonly onClose: () => void
  /** A wide panel (the large chart). */
  readonly wide?: boolean
}

export function renderModal(o: ModalOptions): TemplateResult {
  return html`<div
    class="backdrop"
    @pointerdown=${stopPointer}
    @click=${(e: Event) => {
      if (e.target === e.currentTarget) o.onClose()
    }}
  >
    <div class=${o.wide ? 'dialog wide' : 'dialog'} role="dialog" aria-modal="true" aria-label=${o.label} data-testid=${o.testid} tabindex="-1">
      <header>
        <h2>${o.label}</h2>
        <button class="icon ghost" data-testid=${`${o.testid}-close`} title="Close (Esc)" aria-label="Close" @click=${o.onClose}>${icons.close}</button>
      </header>
      <div class="body">${o.body}</div>
    </div>
  </div>`
}

/** Moves focus into the dialog panel, so keyboard users land in it. */
export function focusDialog(root: ParentNode): void {
  root.querySelector<HTMLElement>('.dialog')?.focus()
}

export const modalStyles: CSSResult = css`
  .backdrop {
    position: fixed;
    inset: 0;
    z-index: 1000;
    display: flex;
    align-items: center;
    justify-content: center;
    padding: 24px;
    background: var(--_backdrop);
    animation: fade 0.12s ease-out;
  }
  .dialog {
    display: flex;
    flex-direction: column;
    width: min(620px, 100%);
    max-height: min(80vh, 100%);
    background: var(--_bg);
    border-radius: calc(var(--_radius) + 4px);
    box-shadow: var(--_shadow);
    outline: none;
  }
  .dialog:focus, .dialog:focus-visible { outline: none; }
  .dialog.wide { width: min(1200px, 100%); max-height: 100%; }
  header {
    display: flex;
    align-items: center;
    gap: 8px;
    padding: 12px 12px 10px 18px;
    border-bottom: 1px solid var(--_border);
  }
  h2 { margin: 0; flex: 1; font-size: 15px; font-weight: 600; }
  .body { overflow: auto; padding: 12px 18px 18px; }
  @keyframes fade { from { opacity: 0; } }
`
