import { LitElement, css, html, nothing } from 'lit'
import type { TemplateResult } from 'lit'
import type { FlowNode } from '../canvas/schemes.ts'
import './fg-chart.ts'

type Emit = (signal: unknown) => void

/**
 * A node on the canvas: title, typed ports with their shapes, its error in place, and —
 * for plot nodes — the live chart. Sockets go through <rete-ref> so Rete can track them.
 */
export class FgNode extends LitElement {
  static override properties = { data: { attribute: false }, emit: { attribute: false } }
  declare data: FlowNode | undefined
  declare emit: Emit | undefined

  static override styles = css`
    :host {
      display: block;
      font: 13px system-ui, sans-serif;
    }
    .node {
      background: #fff;
      border: 1px solid #d0d5dd;
      border-radius: 10px;
      box-shadow: 0 1px 3px rgba(16, 24, 40, 0.12);
      box-sizing: border-box;
      user-select: none;
    }
    .node.selected {
      border-color: #2f6fed;
      box-shadow: 0 0 0 3px rgba(47, 111, 237, 0.25);
    }
    .node.error {
      border-color: #d92d20;
    }
    .head {
      padding: 8px 12px 6px;
      border-bottom: 1px solid #eaecf0;
      border-radius: 10px 10px 0 0;
      background: var(--head, #f8f9fb);
    }
    .title {
      font-weight: 600;
      color: #101828;
    }
    .type {
      font-size: 11px;
      color: #667085;
    }
    .status {
      float: right;
      font-size: 11px;
      color: #667085;
    }
    .ports {
      padding: 6px 0;
    }
    .port {
      display: flex;
      align-items: center;
      gap: 6px;
      height: 24px;
      font-size: 12px;
      color: #344054;
    }
    .port.in {
      margin-left: -8px;
    }
    .port.out {
      justify-content: flex-end;
      margin-right: -8px;
    }
    .shape {
      color: #667085;
      font-size: 11px;
      font-variant-numeric: tabular-nums;
    }
    .error-text {
      margin: 0 10px 8px;
      padding: 6px 8px;
      background: #fef3f2;
      color: #b42318;
      border-radius: 6px;
      font-size: 12px;
      white-space: pre-wrap;
      user-select: text;
    }
    .chart {
      padding: 0 8px 8px;
    }
  `

  private socket(side: 'input' | 'output', key: string): TemplateResult {
    const node = this.data as FlowNode
    const port = side === 'input' ? node.inputs[key] : node.outputs[key]
    return html`<rete-ref .data=${{ type: 'socket', side, key, nodeId: node.id, payload: port?.socket }} .emit=${this.emit}></rete-ref>`
  }

  override render() {
    const node = this.data
    if (!node) return nothing
    const view = node.view
    const status = view?.status ?? 'idle'
    const failed = status === 'error'
    const testId = `node-${node.id}`
    return html`
      <div class="node ${node.selected ? 'selected' : ''} ${failed ? 'error' : ''}" style="width:${node.width}px" data-testid=${testId} data-status=${status}>
        <div class="head">
          <span class="status" data-testid="node-status">${status === 'running' ? '● running' : status === 'evaluating' ? '…' : ''}</span>
          <div class="title" data-testid="node-title">${node.label}</div>
          <div class="type">${node.schema.type}</div>
        </div>
        <div class="ports">
          ${Object.keys(node.inputs).map(
            (key) => html`<div class="port in" data-testid="input-${key}">${this.socket('input', key)}<span>${node.inputs[key]?.label ?? key}</span></div>`,
          )}
          ${Object.keys(node.outputs).map(
            (key) =>
              html`<div class="port out" data-testid="output-${key}">
                <span class="shape" data-testid="shape-${key}">${view?.shapes[key] ?? ''}</span><span>${node.outputs[key]?.label ?? key}</span>${this.socket('output', key)}
              </div>`,
          )}
        </div>
        ${view?.error && status !== 'blocked' ? html`<div class="error-text" data-testid="node-error">${view.error}</div>` : nothing}
        ${node.isPlot ? html`<div class="chart" @pointerdown=${(e: Event) => e.stopPropagation()}><fg-chart .chart=${view?.chart ?? null} .height=${240}></fg-chart></div>` : nothing}
      </div>
    `
  }
}

customElements.define('fg-node', FgNode)
