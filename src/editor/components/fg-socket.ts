import { LitElement, css, html } from 'lit'
import { PORT_TYPES } from '../../graph/port-types.ts'
import type { PortSocket } from '../canvas/schemes.ts'

/** A port's socket, coloured by its type; the type's name shows on hover. */
export class FgSocket extends LitElement {
  static override properties = { data: { attribute: false } }
  declare data: PortSocket | undefined

  static override styles = css`
    :host {
      display: inline-block;
    }
    .socket {
      width: 14px;
      height: 14px;
      border-radius: 50%;
      border: 2px solid #fff;
      box-shadow: 0 0 0 1px rgba(0, 0, 0, 0.25);
      cursor: crosshair;
      box-sizing: border-box;
    }
    .socket:hover {
      transform: scale(1.3);
    }
  `

  override render() {
    const info = this.data?.portType ? PORT_TYPES[this.data.portType] : null
    return html`<div class="socket" data-testid="socket" data-port-type=${info?.id ?? ''} title=${info ? `${info.label}: ${info.doc}` : 'unknown port type: the node’s type is unknown'} style="background:${info?.color ?? '#999'}"></div>`
  }
}

customElements.define('fg-socket', FgSocket)
