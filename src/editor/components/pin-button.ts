import { html } from 'lit'
import type { TemplateResult } from 'lit'
import type { BoardPin } from './events.ts'
import { emit, stopPointer } from './events.ts'
import { icons } from './icons.ts'

/**
 * The pin toggle of a chart or a param: filled when it is on the board. The host element
 * emits `fg-pin`; the app turns it into a document edit (undoable, saved, shared).
 */
export function pinButton(host: HTMLElement, pin: BoardPin, pinned: boolean, testid: string): TemplateResult {
  const what = pin.kind === 'chart' ? 'this chart' : 'this control'
  const label = pinned ? `Take ${what} off the board` : `Pin ${what} to the board`
  return html`<button
    class=${pinned ? 'pin icon ghost is-pinned' : 'pin icon ghost'}
    data-testid=${testid}
    title=${label}
    aria-label=${label}
    aria-pressed=${pinned ? 'true' : 'false'}
    @pointerdown=${stopPointer}
    @click=${() => emit(host, 'fg-pin', { pin, pinned: !pinned })}
  >${pinned ? icons.pinned : icons.pin}</button>`
}
