import { LitElement, css, html, nothing } from 'lit'
import type { TemplateResult } from 'lit'
import { EXPORT_TARGETS } from '../../export/index.ts'
import type { ExportTarget } from '../../export/index.ts'
import { baseStyles } from './theme.ts'
import { emit, stopPointer } from './events.ts'
import { icons } from './icons.ts'

const ENTRIES: Readonly<Record<ExportTarget, { readonly label: string; readonly help: string }>> = {
  pytorch: { label: 'PyTorch', help: 'train.py for PyTorch (one process or torchrun), with the data and the initial weights: it trains as Flowgrad does' },
  keras: { label: 'Keras', help: 'train.py for Keras 3 on any backend, with the data and the initial weights: it trains as Flowgrad does' },
  onnx: { label: 'ONNX', help: 'Trains the graph, then writes each trainer’s model with its trained weights as .onnx, for deployment' },
}

/**
 * The toolbar's Export menu: a button that opens a list of the targets. Choosing one closes
 * the list and asks for that export; Escape or a click elsewhere closes it.
 *
 * Events: `fg-export` {to}.
 */
export class FgExportMenu extends LitElement {
  static override properties = { open: { state: true } }
  declare open: boolean

  constructor() {
    super()
    this.open = false
  }

  static override styles = [
    baseStyles,
    css`
      :host { position: relative; display: inline-block; }
      .menu {
        position: absolute; top: calc(100% + 4px); left: 0; z-index: 20;
        display: flex; flex-direction: column; min-width: 150px; padding: 4px;
        background: var(--_bg); border: 1px solid var(--_border); border-radius: 6px;
        box-shadow: 0 6px 20px rgb(0 0 0 / 0.18);
      }
      .menu button { border-color: transparent; background: transparent; justify-content: flex-start; width: 100%; }
      .menu button:hover { background: var(--_hover); }
      .caret { font-size: 10px; color: var(--_muted); }
    `,
  ]

  private readonly closeOutside = (e: Event): void => {
    if (!e.composedPath().includes(this)) this.open = false
  }

  private readonly closeOnEscape = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') this.open = false
  }

  override connectedCallback(): void {
    super.connectedCallback()
    document.addEventListener('pointerdown', this.closeOutside)
    document.addEventListener('keydown', this.closeOnEscape)
  }

  override disconnectedCallback(): void {
    document.removeEventListener('pointerdown', this.closeOutside)
    document.removeEventListener('keydown', this.closeOnEscape)
    super.disconnectedCallback()
  }

  override render(): TemplateResult {
    return html`
      <button data-testid="toolbar-export" title="Export the graph: a zip for PyTorch, Keras or ONNX" aria-haspopup="menu" aria-expanded=${this.open ? 'true' : 'false'}
        @pointerdown=${stopPointer} @click=${() => (this.open = !this.open)}>${icons.export}<span>Export</span><span class="caret">▾</span></button>
      ${this.open
        ? html`<div class="menu" role="menu" data-testid="export-menu">
            ${EXPORT_TARGETS.map(
              (to) => html`<button role="menuitem" data-testid=${`export-${to}`} title=${ENTRIES[to].help} @click=${() => this.choose(to)}>${ENTRIES[to].label}</button>`,
            )}
          </div>`
        : nothing}
    `
  }

  private choose(to: ExportTarget): void {
    this.open = false
    emit(this, 'fg-export', { to })
  }
}

if (!customElements.get('fg-export-menu')) customElements.define('fg-export-menu', FgExportMenu)

declare global {
  interface HTMLElementTagNameMap {
    'fg-export-menu': FgExportMenu
  }
}
