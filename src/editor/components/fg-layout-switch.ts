import { LitElement, css, html } from 'lit'
import type { TemplateResult } from 'lit'
import type { ViewCommand, ViewLayout } from '../view-layout.ts'
import { viewHints } from '../keymap.ts'
import { baseStyles } from './theme.ts'
import { emit } from './events.ts'
import { icons } from './icons.ts'

interface SwitchButton {
  readonly command: ViewCommand
  readonly label: string
  readonly icon: TemplateResult
  readonly pressed: (layout: ViewLayout) => boolean
}

const BUTTONS: readonly SwitchButton[] = [
  { command: 'togglePalette', label: 'Palette', icon: icons.palette, pressed: (l) => l.palette && l.mode !== 'board' },
  { command: 'layoutCanvas', label: 'Canvas only', icon: icons.canvas, pressed: (l) => l.mode === 'canvas' },
  { command: 'layoutSplit', label: 'Canvas and board side by side', icon: icons.split, pressed: (l) => l.mode === 'split' },
  { command: 'layoutBoard', label: 'Board only', icon: icons.board, pressed: (l) => l.mode === 'board' },
  { command: 'toggleInspector', label: 'Inspector', icon: icons.inspector, pressed: (l) => l.inspector && l.mode !== 'board' },
]

/**
 * The layout buttons: open or close the palette and the inspector; board only, canvas only,
 * or both side by side. Their tooltips name their keys (keymap.ts).
 *
 * Events: `fg-view` {command}.
 */
export class FgLayoutSwitch extends LitElement {
  static override properties = { layout: { attribute: false } }
  declare layout: ViewLayout | null

  constructor() {
    super()
    this.layout = null
  }

  static override styles = [
    baseStyles,
    css`
      :host { display: flex; align-items: center; gap: 2px; padding: 0 8px; }
      button[aria-pressed='true'] { background: var(--_accent-soft); border-color: var(--_accent); color: var(--_accent); }
      .gap { width: 6px; }
    `,
  ]

  override render(): TemplateResult {
    const layout = this.layout
    const hints = viewHints()
    return html`${BUTTONS.map((b, i) => {
      const title = `${b.label}${hints[b.command] ? ` (${hints[b.command]})` : ''}`
      return html`${i === 1 || i === 4 ? html`<span class="gap"></span>` : ''}<button
          class="icon ghost"
          data-testid=${`layout-${b.command}`}
          title=${title}
          aria-label=${b.label}
          aria-pressed=${layout && b.pressed(layout) ? 'true' : 'false'}
          @click=${() => emit(this, 'fg-view', { command: b.command })}
        >${b.icon}</button>`
    })}`
  }
}

if (!customElements.get('fg-layout-switch')) customElements.define('fg-layout-switch', FgLayoutSwitch)

declare global {
  interface HTMLElementTagNameMap {
    'fg-layout-switch': FgLayoutSwitch
  }
}
