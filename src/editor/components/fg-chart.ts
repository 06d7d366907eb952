import { LitElement, html, nothing } from 'lit'
import type { PropertyValues, TemplateResult } from 'lit'
import { unsafeHTML } from 'lit/directives/unsafe-html.js'
import type { ChartData } from '../../charts/data.ts'
import type { ChartPicture } from '../../charts/index.ts'
import { isEChartsChart, tableSvg } from '../../charts/index.ts'
import { emit, stopPointer } from './events.ts'
import { icons } from './icons.ts'
import type { LiveChartConnection } from '../live-charts/client.ts'
import { liveChartHost } from '../live-charts/client.ts'
import type { ChartPointer, LiveChartReport } from '../live-charts/protocol.ts'
import { chartStyles } from './fg-chart.styles.ts'

/**
 * One chart, drawn one of two ways:
 * - live (the board and the large view): ECharts with tooltips and legend toggles, running in
 *   the chart worker on a canvas this element hands over (src/editor/live-charts). The page
 *   forwards the chart, its size and the pointer; the worker appends streaming points at a
 *   paced rate, so a live chart costs the main thread no redraw at all.
 * - painted (`painted`, the charts on the canvas): `picture`, SVG the runtime worker painted
 *   at the size this element announces with `fg-chart-size`.
 * Tables are an SVG table either way. The host carries `data-series-count`,
 * `data-point-count` and `data-chart-kind` for tests; a live chart also `data-hidden-series`
 * (legend entries switched off) and `data-tooltip` ("shown" while its tooltip is up).
 *
 * Events: `fg-expand-chart` {chart, nodeId: source}, `fg-chart-size` {width, height} (painted only).
 */
export class FgChart extends LitElement {
  static override properties = {
    chart: { attribute: false },
    height: { type: Number },
    expandable: { type: Boolean },
    painted: { type: Boolean },
    picture: { attribute: false },
    source: { attribute: false },
    fitTable: { type: Boolean, attribute: 'fit-table' },
  }

  declare chart: ChartData | null
  /** Plot height in pixels. */
  declare height: number
  /** Show the "open large" button. */
  declare expandable: boolean
  /** Show `picture` (painted elsewhere) instead of drawing live. */
  declare painted: boolean
  declare picture: ChartPicture | null
  /** The node whose chart this is, named in `fg-expand-chart` so the large view stays live. */
  declare source: string | null
  /** A table is scaled to fill `height` (the board: a lesson's table read from the back row). */
  declare fitTable: boolean

  /** The live drawing: a canvas handed to the chart worker, and the line to it. */
  private live: { canvas: HTMLCanvasElement; connection: LiveChartConnection; width: number; height: number } | null = null
  private observer: ResizeObserver | null = null
  /** The size last announced with fg-chart-size. */
  private announced = ''
  /** The host's width, as the ResizeObserver last reported it (reading it would force a layout). */
  private laidOutWidth = 0
  /** A pointer move waiting for the next frame (moves are forwarded once per frame). */
  private move: ChartPointer | null = null

  constructor() {
    super()
    this.chart = null
    this.height = 220
    this.expandable = true
    this.painted = false
    this.picture = null
    this.source = null
    this.fitTable = false
  }

  static override styles = chartStyles

  override connectedCallback(): void {
    super.connectedCallback()
    if (!this.hasAttribute('data-testid')) this.setAttribute('data-testid', 'chart')
    // Reconnected after a disconnect: draw again (the worker let the old canvas go).
    if (this.hasUpdated) this.requestUpdate()
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    this.observer?.disconnect()
    this.observer = null
    this.detach()
    this.announced = ''
  }

  override render(): TemplateResult {
    const chart = this.chart
    const table = chart?.kind === 'table' ? chart.table : null
    return html`
      ${this.painted
        ? html`<div class="plot picture" ?hidden=${chart === null || table !== null} style=${`height:${this.height}px`}>${this.picture ? unsafeHTML(this.picture.svg) : nothing}</div>`
        : html`<div class="plot" ?hidden=${chart === null || table !== null} style=${`height:${this.height}px`}
            @pointermove=${this.onPointerMove} @pointerleave=${this.onPointerLeave}
            @pointerdown=${(e: PointerEvent) => this.forward('mousedown', e)} @pointerup=${(e: PointerEvent) => this.forward('mouseup', e)}
            @click=${(e: MouseEvent) => this.forward('click', e)}></div>`}
      ${this.painted && this.picture?.error ? html`<div class="empty" data-testid="chart-error">The chart could not be drawn: ${this.picture.error}</div>` : nothing}
      ${table ? html`<div class=${this.fitTable ? 'table fit' : 'table'} style=${this.fitTable ? `height:${this.height}px` : ''} data-testid="chart-table">${unsafeHTML(tableSvg(table))}</div>` : nothing}
      ${chart === null ? html`<div class="empty" data-testid="chart-empty" style=${`height:${this.height}px`}>No data yet</div>` : nothing}
      ${this.expandable && chart !== null
        ? html`<button
            class="expand icon ghost"
            data-testid="chart-expand"
            title="Open large"
            aria-label="Open large"
            @pointerdown=${stopPointer}
            @click=${() => emit(this, 'fg-expand-chart', { chart: this.chart, nodeId: this.source })}
          >${icons.expand}</button>`
        : nothing}
    `
  }

  protected override firstUpdated(): void {
    this.observeSize()
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!this.observer) this.observeSize()
    this.setAttribute('data-chart-kind', this.chart?.kind ?? 'none')
    if (this.painted) {
      if (changed.has('height')) this.announceSize()
      this.reportPicture()
      return
    }
    if (!this.live) {
      this.attach()
      if (!this.live) this.report({ series: 0, points: 0, error: null, hidden: [], tooltip: false, cursor: 'default' })
      return
    }
    if (changed.has('height')) this.resizeLive()
    if (changed.has('chart')) this.live.connection.show(this.chart)
  }

  /** Hands a canvas to the chart worker, once there is an ECharts chart and a width to draw it at. */
  private attach(): void {
    const plot = this.plotElement()
    const width = this.plotWidth()
    if (!plot || !this.chart || !isEChartsChart(this.chart) || width <= 0) return
    const canvas = document.createElement('canvas')
    canvas.style.display = 'block'
    canvas.style.width = `${width}px`
    canvas.style.height = `${this.height}px`
    plot.replaceChildren(canvas)
    try {
      const connection = liveChartHost().attach(canvas, width, this.height, (report) => this.report(report))
      this.live = { canvas, connection, width, height: this.height }
      connection.show(this.chart)
    } catch (e) {
      this.report({ series: 0, points: 0, error: e instanceof Error ? e.message : String(e), hidden: [], tooltip: false, cursor: 'default' })
    }
  }

  private detach(): void {
    this.live?.connection.detach()
    this.live?.canvas.remove()
    this.live = null
    this.move = null
  }

  private resizeLive(): void {
    const live = this.live
    const width = this.plotWidth()
    if (!live || width <= 0 || (width === live.width && this.height === live.height)) return
    live.width = width
    live.height = this.height
    live.canvas.style.width = `${width}px`
    live.canvas.style.height = `${this.height}px`
    live.connection.resize(width, this.height)
  }

  private readonly onPointerMove = (e: PointerEvent): void => {
    const first = this.move === null
    this.move = { type: 'mousemove', x: e.offsetX, y: e.offsetY }
    if (!first) return
    requestAnimationFrame(() => {
      if (this.move) this.live?.connection.pointer(this.move)
      this.move = null
    })
  }

  private readonly onPointerLeave = (e: PointerEvent): void => {
    this.move = null
    this.live?.connection.pointer({ type: 'mouseout', x: e.offsetX, y: e.offsetY })
  }

  private forward(type: ChartPointer['type'], e: MouseEvent): void {
    if (e.button !== 0) return
    this.live?.connection.pointer({ type, x: e.offsetX, y: e.offsetY })
  }

  /** Tells whoever paints this chart the size it is laid out at (once per change). */
  private announceSize(): void {
    const width = this.laidOutWidth
    const size = `${width}×${this.height}`
    if (width <= 0 || size === this.announced) return
    this.announced = size
    emit(this, 'fg-chart-size', { width, height: this.height })
  }

  private plotElement(): HTMLDivElement | null {
    return this.renderRoot.querySelector<HTMLDivElement>('.plot')
  }

  /** The plot's width as last observed: reading clientWidth in a redraw would force a layout. */
  private plotWidth(): number {
    return this.laidOutWidth > 0 ? this.laidOutWidth : (this.plotElement()?.clientWidth ?? 0)
  }

  private observeSize(): void {
    if (typeof ResizeObserver === 'undefined') return
    this.observer = new ResizeObserver((entries) => {
      this.laidOutWidth = Math.round(entries[entries.length - 1]?.contentRect.width ?? 0)
      if (this.painted) this.announceSize()
      else if (this.live) this.resizeLive()
      else this.attach()
    })
    // The host: its width is the plot's, and it is laid out even while the plot is hidden.
    this.observer.observe(this)
  }

  /** What the chart worker drew, on the host for tests; its cursor on the canvas. */
  private report(report: LiveChartReport): void {
    this.setCounts(report.series, report.points, report.error)
    this.setAttribute('data-hidden-series', report.hidden.join(','))
    this.setAttribute('data-tooltip', report.tooltip ? 'shown' : 'hidden')
    if (this.live) this.live.canvas.style.cursor = report.cursor
  }

  private reportPicture(): void {
    const picture = this.picture
    this.setCounts(picture?.series ?? 0, picture?.points ?? 0, picture?.error ?? null)
  }

  private setCounts(series: number, points: number, error: string | null): void {
    if (error) this.setAttribute('data-render-error', error)
    else this.removeAttribute('data-render-error')
    this.setAttribute('data-series-count', String(series))
    this.setAttribute('data-point-count', String(points))
  }
}

if (!customElements.get('fg-chart')) customElements.define('fg-chart', FgChart)

declare global {
  interface HTMLElementTagNameMap {
    'fg-chart': FgChart
  }
}
