import { LitElement, css } from 'lit'
import type { CSSResult, PropertyDeclarations, PropertyValues } from 'lit'
import { emit } from './events.ts'
import { EscapeController, focusDialog } from './modal.ts'

/**
 * A modal dialog element: shown while `open`, focused when it opens, and asking to be closed
 * (`fg-close`) on Escape; the page decides whether it closes.
 */
export class ModalElement extends LitElement {
  static override properties: PropertyDeclarations = { open: { type: Boolean, reflect: true } }

  declare open: boolean

  constructor() {
    super()
    this.open = false
    new EscapeController(this, () => this.open, () => this.close())
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('open') && this.open) focusDialog(this.renderRoot)
  }

  protected close(): void {
    emit(this, 'fg-close', null)
  }
}

/** A list of large buttons, one per choice (an example, a recent graph), with a title and a line under it. */
export const choiceStyles: CSSResult = css`
  .list { display: grid; gap: 8px; }
  .choice { display: block; width: 100%; height: auto; padding: 10px 12px; text-align: left; white-space: normal; line-height: 1.4; }
  .choice:hover:not(:disabled) { border-color: var(--_accent); background: var(--_accent-soft); }
  .choice strong { display: block; font-size: 14px; margin-bottom: 2px; }
  .choice span, .none { color: var(--_muted); }
`
