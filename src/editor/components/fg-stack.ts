import { LitElement, css, html, nothing } from 'lit'
import type { TemplateResult } from 'lit'
import type { StackLayerView, StackView } from '../view-types.ts'

/** Layers this narrow show one dot per neuron, as TensorFlow Playground draws them. */
const MAX_DOTS = 12

const count = (n: number): string => n.toLocaleString('en-US')

/**
 * A Sequential node's stack drawn in the node: one line per layer (kind, width, activation,
 * params), neuron dots for narrow layers, and the model's parameter counts. Renders only
 * from `stack`.
 */
export class FgStack extends LitElement {
  static override properties = { stack: { attribute: false } }
  declare stack: StackView | null

  constructor() {
    super()
    this.stack = null
  }

  static override styles = css`
    :host { display: block; padding: 0 10px 8px; font-size: 11px; color: #344054; }
    ol { list-style: none; margin: 0; padding: 0; display: grid; gap: 2px; }
    li { display: flex; align-items: center; gap: 6px; padding: 2px 6px; border-radius: 4px; background: #f2f4f7; }
    .kind { font-weight: 600; }
    .detail { color: #667085; }
    .params { margin-left: auto; color: #667085; font-variant-numeric: tabular-nums; }
    .dots { display: inline-flex; gap: 2px; }
    .dot { width: 6px; height: 6px; border-radius: 50%; background: #2f6fed; }
    .total { margin-top: 4px; color: #475467; font-variant-numeric: tabular-nums; }
  `

  private renderLayer(layer: StackLayerView, i: number): TemplateResult {
    const dots = layer.kind === 'Dense' && layer.units <= MAX_DOTS
    return html`<li data-testid=${`stack-layer-${i}`}>
      <span class="kind">${layer.kind}</span>
      ${dots ? html`<span class="dots" title=${`${layer.units} units`}>${Array.from({ length: layer.units }, () => html`<span class="dot"></span>`)}</span>` : nothing}
      <span class="detail">${layer.kind === 'Dense' ? `${layer.units} ${layer.detail}` : layer.detail}</span>
      <span class="params" title="parameters">${layer.params > 0 ? count(layer.params) : ''}</span>
    </li>`
  }

  override render(): TemplateResult | typeof nothing {
    const stack = this.stack
    if (!stack) return nothing
    const frozen = stack.totalParams - stack.trainableParams
    return html`<ol>${stack.layers.map((l, i) => this.renderLayer(l, i))}</ol>
      <div class="total" data-testid="stack-params">${count(stack.totalParams)} params${frozen > 0 ? ` (${count(frozen)} non-trainable)` : ''}</div>`
  }
}

if (!customElements.get('fg-stack')) customElements.define('fg-stack', FgStack)

declare global {
  interface HTMLElementTagNameMap {
    'fg-stack': FgStack
  }
}
