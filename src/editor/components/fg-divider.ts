import { LitElement, css, html } from 'lit'
import type { TemplateResult } from 'lit'
import { emit } from './events.ts'

/**
 * The handle between the canvas and the board: dragging it reports where the pointer is,
 * and the app turns that into the board's share of the width.
 *
 * Events: `fg-divider` {clientX} while dragged.
 */
export class FgDivider extends LitElement {
  static override styles = css`
    :host { display: block; cursor: col-resize; background: #dde1e7; touch-action: none; }
    :host(:hover), :host(.dragging) { background: #2f6fed; }
    div { width: 100%; height: 100%; }
  `

  override connectedCallback(): void {
    super.connectedCallback()
    this.setAttribute('data-testid', 'layout-divider')
    this.setAttribute('role', 'separator')
    this.setAttribute('aria-orientation', 'vertical')
    this.title = 'Drag to share the width between the canvas and the board'
  }

  private start(e: PointerEvent): void {
    const handle = e.currentTarget as HTMLElement
    handle.setPointerCapture(e.pointerId)
    this.classList.add('dragging')
    const move = (m: PointerEvent): void => emit(this, 'fg-divider', { clientX: m.clientX })
    const end = (): void => {
      this.classList.remove('dragging')
      handle.removeEventListener('pointermove', move)
      handle.removeEventListener('pointerup', end)
    }
    handle.addEventListener('pointermove', move)
    handle.addEventListener('pointerup', end)
  }

  override render(): TemplateResult {
    return html`<div @pointerdown=${(e: PointerEvent) => this.start(e)}></div>`
  }
}

if (!customElements.get('fg-divider')) customElements.define('fg-divider', FgDivider)

declare global {
  interface HTMLElementTagNameMap {
    'fg-divider': FgDivider
  }
}
