import { LitElement, html, nothing } from 'lit'
import type { PropertyValues, TemplateResult } from 'lit'
import { unsafeHTML } from 'lit/directives/unsafe-html.js'
import type { EChartsType } from 'echarts/core'
import type { ChartData } from '../../charts/data.ts'
import type { ChartOption, ChartPicture } from '../../charts/index.ts'
import { chartOption, echarts, isEChartsChart, optionCounts, scaledOption, tableSvg } from '../../charts/index.ts'
import { emit, stopPointer } from './events.ts'
import { icons } from './icons.ts'
import type { ChartUpdatePlan } from './chart-plan.ts'
import { applyAppends, fullRedraw, planChartUpdate } from './chart-plan.ts'
import { RedrawPacer, browserClock } from '../redraw-pacer.ts'
import { chartStyles } from './fg-chart.styles.ts'

/** The pacer every live chart on the page shares. */
const chartPacer = new RedrawPacer<FgChart>(browserClock)

/** Chart kinds whose option depends on the pixel size (equal aspect, whole-pixel cells). */
const SIZED_KINDS: ReadonlySet<ChartData['kind']> = new Set(['trajectory', 'decision-boundary', 'landscape'])

/**
 * One chart, drawn one of two ways:
 * - live (the large view): an ECharts instance (SVG renderer) on the page, with tooltips and
 *   legend toggles. Streaming charts append the new points instead of rebuilding, at the pace
 *   `chartPacer` allows.
 * - painted (`painted`, the charts on the canvas): `picture`, SVG the runtime worker painted
 *   at the size this element announces with `fg-chart-size`. ECharts never runs on the page
 *   then, so a chart that changes every frame costs the main thread only a markup swap.
 * Tables are an SVG table either way. The host carries `data-series-count`,
 * `data-point-count` and `data-chart-kind` for tests.
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
    textScale: { type: Number, attribute: 'text-scale', reflect: true },
  }

  declare chart: ChartData | null
  /** Plot height in pixels. */
  declare height: number
  /** Show the "open large" button. */
  declare expandable: boolean
  /** Show `picture` (painted elsewhere) instead of running ECharts here. */
  declare painted: boolean
  declare picture: ChartPicture | null
  /** The node whose chart this is, named in `fg-expand-chart` so the large view stays live. */
  declare source: string | null
  /** A table is scaled to fill `height` (the board: a lesson's table read from the back row). */
  declare fitTable: boolean
  /** How much larger than usual the chart's type is (presentation mode: the back row reads it). */
  declare textScale: number

  private instance: EChartsType | null = null
  /** The chart the option below was built for. */
  private drawn: ChartData | null = null
  private option: ChartOption | null = null
  /** The instance shows `option`. */
  private applied = false
  private observer: ResizeObserver | null = null
  private frame = 0
  private width = 0
  /** The next redraw starts from scratch (the height changed since the last one). */
  private redrawAll = false
  /** The size last announced with fg-chart-size. */
  private announced = ''
  /** The host's width, as the ResizeObserver last reported it (reading it would force a layout). */
  private laidOutWidth = 0
  private requestTimer = 0

  constructor() {
    super()
    this.chart = null
    this.height = 220
    this.expandable = true
    this.painted = false
    this.picture = null
    this.source = null
    this.fitTable = false
    this.textScale = 1
  }

  static override styles = chartStyles

  override connectedCallback(): void {
    super.connectedCallback()
    if (!this.hasAttribute('data-testid')) this.setAttribute('data-testid', 'chart')
    // Reconnected after a disconnect: draw again (the instance was disposed).
    if (this.hasUpdated) this.requestUpdate()
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    this.observer?.disconnect()
    this.observer = null
    cancelAnimationFrame(this.frame)
    clearTimeout(this.requestTimer)
    this.requestTimer = 0
    chartPacer.forget(this)
    this.redrawAll = false
    this.disposeInstance()
    this.drawn = null
    this.option = null
    this.announced = ''
  }

  override render(): TemplateResult {
    const chart = this.chart
    const table = chart?.kind === 'table' ? chart.table : null
    return html`
      ${this.painted
        ? html`<div class="plot picture" ?hidden=${chart === null || table !== null} style=${`height:${this.height}px`}>${this.picture ? unsafeHTML(this.picture.svg) : nothing}</div>`
        : html`<div class="plot" ?hidden=${chart === null || table !== null} style=${`height:${this.height}px`}></div>`}
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

  protected override firstUpdated(): void { this.observeSize() }

  protected override updated(changed: PropertyValues<this>): void {
    if (!this.observer) this.observeSize()
    if (this.painted) {
      if (changed.has('height')) this.announceSize()
      this.report()
      return
    }
    if (changed.has('height') || changed.has('textScale')) this.redrawAll = true
    // A first drawing happens at once; later ones (live) get a task apart from the page's render.
    if (this.drawn === null) {
      chartPacer.request(this, () => this.sync())
      return
    }
    if (this.requestTimer !== 0) return
    this.requestTimer = window.setTimeout(() => {
      this.requestTimer = 0
      chartPacer.request(this, () => this.sync())
    }, 0)
  }

  /** Tells whoever paints this chart the size it is laid out at (once per change). */
  private announceSize(): void {
    const width = this.laidOutWidth
    const size = `${width}×${this.height}`
    if (width <= 0 || size === this.announced) return
    this.announced = size
    emit(this, 'fg-chart-size', { width, height: this.height })
  }

  private plotElement(): HTMLDivElement | null { return this.renderRoot.querySelector<HTMLDivElement>('.plot') }

  private observeSize(): void {
    const plot = this.plotElement()
    if (!plot || typeof ResizeObserver === 'undefined') return
    this.observer = new ResizeObserver((entries) => {
      this.laidOutWidth = Math.round(entries[entries.length - 1]?.contentRect.width ?? 0)
      if (this.painted) {
        this.announceSize()
        return
      }
      cancelAnimationFrame(this.frame)
      this.frame = requestAnimationFrame(() => this.onResize())
    })
    // The host: its width is the plot's, and it is laid out even while the plot is hidden.
    this.observer.observe(this)
  }

  /** Brings the drawing up to date with `chart`, appending when the new chart only grew. */
  private sync(): void {
    const next = this.chart
    const plan: ChartUpdatePlan = this.redrawAll ? fullRedraw(next) : planChartUpdate(this.drawn, next)
    this.redrawAll = false
    switch (plan.kind) {
      case 'none':
        break
      case 'clear':
      case 'table':
        this.option = null
        this.disposeInstance()
        break
      case 'rebuild':
        if (next && isEChartsChart(next)) {
          this.option = this.build(next)
          this.applied = false
        }
        break
      case 'append':
        if (this.option) {
          const patch = applyAppends(this.option, plan.appends)
          if (this.instance && this.applied) this.guard(() => this.instance?.setOption(patch))
        }
        break
    }
    this.drawn = next
    if (this.option && !this.applied) this.apply()
    this.report()
  }

  private build(chart: ChartData): ChartOption | null {
    if (!isEChartsChart(chart)) return null
    const width = this.plotWidth()
    const f = this.textScale > 0 ? this.textScale : 1
    // Laid out for a chart f times smaller, then scaled up: the layout holds, the type grows.
    return scaledOption(width > 0 ? chartOption(chart, { width: width / f, height: this.height / f }) : chartOption(chart), f)
  }

  /** Shows the whole option (creating the instance once the element has a width). */
  private apply(): void {
    const plot = this.plotElement()
    if (!plot || !this.option) return
    const width = this.plotWidth()
    if (width <= 0) return // not laid out yet: the ResizeObserver calls back
    const option = this.option
    this.guard(() => {
      if (!this.instance) {
        this.instance = echarts.init(plot, undefined, { renderer: 'canvas', width, height: this.height })
        this.width = width
      } else if (width !== this.width || this.instance.getHeight() !== this.height) {
        this.instance.resize({ width, height: this.height })
        this.width = width
      }
      this.instance.setOption(option, { notMerge: true })
      this.applied = true
    })
  }

  /** The plot's width as last observed: reading clientWidth in a redraw would force a layout. */
  private plotWidth(): number { return this.laidOutWidth > 0 ? this.laidOutWidth : (this.plotElement()?.clientWidth ?? 0) }

  private onResize(): void {
    const plot = this.plotElement()
    if (!plot || !this.option) return
    const width = this.plotWidth()
    if (width <= 0 || (width === this.width && this.applied)) return
    const chart = this.drawn
    if (chart && SIZED_KINDS.has(chart.kind)) {
      this.option = this.build(chart)
      this.applied = false
    }
    if (this.applied && this.instance) {
      this.guard(() => this.instance?.resize({ width, height: this.height }))
      this.width = width
    } else this.apply()
  }

  private disposeInstance(): void {
    if (this.instance) this.guard(() => this.instance?.dispose())
    this.instance = null
    this.applied = false
    this.width = 0
  }

  /** ECharts failures must not break the page: report them on the host and in the console. */
  private guard(action: () => void): void {
    try {
      action()
      this.removeAttribute('data-render-error')
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      this.setAttribute('data-render-error', message)
      console.error('fg-chart: could not draw the chart:', error)
    }
  }

  private report(): void {
    const picture = this.painted ? this.picture : null
    if (picture?.error) this.setAttribute('data-render-error', picture.error)
    else if (this.painted) this.removeAttribute('data-render-error')
    const counts = picture ?? (this.option ? optionCounts(this.option) : { series: 0, points: 0 })
    this.setAttribute('data-chart-kind', this.chart?.kind ?? 'none')
    this.setAttribute('data-series-count', String(counts.series))
    this.setAttribute('data-point-count', String(counts.points))
  }
}

if (!customElements.get('fg-chart')) customElements.define('fg-chart', FgChart)

declare global {
  interface HTMLElementTagNameMap {
    'fg-chart': FgChart
  }
}
