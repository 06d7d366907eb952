import { LitElement, css, html, nothing } from 'lit'
import type { TemplateResult } from 'lit'
import type { FlowNode } from '../canvas/schemes.ts'
import './fg-chart.ts'
import './fg-stack.ts'
import type { ChartSizeDetail, PinDetail } from './events.ts'
import { pinButton } from './pin-button.ts'

/** A plot node's chart output (the port its pin names). */
function chartPort(node: FlowNode): string {
  return Object.entries(node.schema.outputs).find(([, o]) => o.type === 'Chart')?.[0] ?? 'chart'
}

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
    .lesson-mark { float: right; margin-left: 6px; padding: 0 6px; border-radius: 999px; font-size: 11px; color: #b45309; background: #fff4e5; }
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
      padding-left: 12px;
    }
    .shape {
      color: #667085;
      font-size: 11px;
      font-variant-numeric: tabular-nums;
      /* A long line (a class mapping) is cut to the node's width; its title has it all. */
      min-width: 0;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
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
    .notice-text {
      margin: 0 10px 8px;
      padding: 6px 8px;
      background: #fffaeb;
      color: #93370d;
      border-radius: 6px;
      font-size: 12px;
      white-space: pre-wrap;
    }
    .chart {
      padding: 0 8px 8px;
      position: relative;
    }
    .pin {
      float: right;
      margin: -3px 0 0 6px;
      width: 24px;
      height: 24px;
      padding: 3px;
      border: 1px solid transparent;
      border-radius: 6px;
      background: transparent;
      color: #667085;
      cursor: pointer;
    }
    .pin:hover { background: #eef2f6; }
    .pin.is-pinned { color: #2f6fed; }
    .pin svg { width: 16px; height: 16px; }
    .grip {
      position: absolute;
      right: 2px;
      bottom: 2px;
      width: 12px;
      height: 12px;
      cursor: nwse-resize;
      background: linear-gradient(135deg, transparent 50%, #98a2b3 50%, #98a2b3 60%, transparent 60%, transparent 70%, #98a2b3 70%, #98a2b3 80%, transparent 80%);
    }
  `

  /** Drags the bottom-right grip of a plot node to resize it (in graph units, whatever the zoom). */
  private startResize(e: PointerEvent): void {
    e.stopPropagation()
    const node = this.data
    if (!node) return
    const grip = e.currentTarget as HTMLElement
    grip.setPointerCapture(e.pointerId)
    const box = this.renderRoot.querySelector('.node')?.getBoundingClientRect()
    const scale = box && box.width > 0 ? box.width / node.width : 1
    const start = { x: e.clientX, y: e.clientY, width: node.width, height: node.chartHeight }
    const move = (m: PointerEvent): void => {
      node.width = Math.max(300, Math.round(start.width + (m.clientX - start.x) / scale))
      node.chartHeight = Math.max(140, Math.round(start.height + (m.clientY - start.y) / scale))
      this.requestUpdate()
    }
    const end = (): void => {
      grip.removeEventListener('pointermove', move)
      grip.removeEventListener('pointerup', end)
      node.onResize?.()
    }
    grip.addEventListener('pointermove', move)
    grip.addEventListener('pointerup', end)
  }

  /** The pin belongs to the canvas's node: the canvas turns it into a document edit. */
  private onPin(e: CustomEvent<PinDetail>): void {
    e.stopPropagation()
    this.data?.onPin?.(e.detail.pinned)
  }

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
    const failed = status === 'error' || node.unknownType !== null
    const testId = `node-${node.id}`
    return html`
      <div @fg-pin=${(e: CustomEvent<PinDetail>) => this.onPin(e)} class="node ${node.selected ? 'selected' : ''} ${failed ? 'error' : ''}" style="width:${node.width}px" data-testid=${testId} data-status=${status}>
        <div class="head">
          ${node.isPlot ? pinButton(this, { kind: 'chart', node: node.id, port: chartPort(node) }, node.pinned, 'node-pin') : nothing}
          <span class="status" data-testid="node-status">${status === 'running' ? '● running' : status === 'evaluating' ? '…' : ''}</span>
          <div class="title" data-testid="node-title">${node.label}</div>
          ${node.lessonMark ? html`<span class="lesson-mark" data-testid="node-lesson-mark" title=${node.lessonMark === 'locked' ? 'Locked by the teacher: it cannot be moved or edited in the lesson' : 'Hidden from students in the lesson'}>${node.lessonMark}</span>` : nothing}
          <div class="type">${node.schema.type}</div>
        </div>
        <div class="ports">
          ${Object.keys(node.inputs).map(
            (key) => html`<div class="port in" data-testid="input-${key}">${this.socket('input', key)}<span>${node.inputs[key]?.label ?? key}</span></div>`,
          )}
          ${Object.keys(node.outputs).map(
            (key) =>
              html`<div class="port out" data-testid="output-${key}">
                <span class="shape" data-testid="shape-${key}" title=${view?.shapes[key] ?? nothing}>${view?.shapes[key] ?? ''}</span><span>${node.outputs[key]?.label ?? key}</span>${this.socket('output', key)}
              </div>`,
          )}
        </div>
        ${view?.stack ? html`<fg-stack data-testid="node-stack" .stack=${view.stack}></fg-stack>` : nothing}
        ${node.unknownType ? html`<div class="error-text" data-testid="node-unknown-type">${node.unknownType}</div>` : nothing}
        ${view?.error && status !== 'blocked' ? html`<div class="error-text" data-testid="node-error">${view.error}</div>` : nothing}
        ${view?.notice ? html`<div class="notice-text" role="status" data-testid="node-notice">${view.notice}</div>` : nothing}
        ${node.isPlot
          ? html`<div class="chart" @pointerdown=${(e: Event) => e.stopPropagation()}>
              <fg-chart
                painted
                .source=${node.id}
                .chart=${view?.chart ?? null}
                .picture=${view?.picture ?? null}
                .height=${node.chartHeight}
                @fg-chart-size=${(e: CustomEvent<ChartSizeDetail>) => node.onChartSize?.(e.detail)}
              ></fg-chart>
              <div class="grip" data-testid="node-resize" title="Drag to resize" @pointerdown=${this.startResize}></div>
            </div>`
          : nothing}
      </div>
    `
  }
}

customElements.define('fg-node', FgNode)
