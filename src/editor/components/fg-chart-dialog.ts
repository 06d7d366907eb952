import { LitElement, css, html, nothing } from 'lit'
import type { PropertyValues, TemplateResult } from 'lit'
import type { ChartData } from '../../charts/data.ts'
import { baseStyles } from './theme.ts'
import { emit } from './events.ts'
import { EscapeController, focusDialog, modalStyles, renderModal } from './modal.ts'
import './fg-chart.ts'

function chartTitle(chart: ChartData | null): string {
  if (!chart) return 'Chart'
  const title = chart.kind === 'table' ? chart.table.title : chart.title
  return title || 'Chart'
}

/**
 * One chart, large, in a modal.
 *
 * Events: `fg-close` (close button, backdrop click or Escape).
 */
export class FgChartDialog extends LitElement {
  static override properties = {
    chart: { attribute: false },
    open: { type: Boolean, reflect: true },
  }

  declare chart: ChartData | null
  declare open: boolean

  private readonly onWindowResize = (): void => this.requestUpdate()

  constructor() {
    super()
    this.chart = null
    this.open = false
    new EscapeController(this, () => this.open, () => emit(this, 'fg-close', null))
  }

  static override styles = [baseStyles, modalStyles, css`.body { padding: 8px 12px 12px; }`]

  override connectedCallback(): void {
    super.connectedCallback()
    window.addEventListener('resize', this.onWindowResize)
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    window.removeEventListener('resize', this.onWindowResize)
  }

  override render(): TemplateResult | typeof nothing {
    if (!this.open) return nothing
    const height = Math.max(280, Math.round(window.innerHeight * 0.8) - 70)
    return renderModal({
      label: chartTitle(this.chart),
      testid: 'chart-dialog',
      wide: true,
      onClose: () => emit(this, 'fg-close', null),
      body: html`<fg-chart data-testid="chart-large" .chart=${this.chart} .height=${height} .expandable=${false}></fg-chart>`,
    })
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('open') && this.open) focusDialog(this.renderRoot)
  }
}

if (!customElements.get('fg-chart-dialog')) customElements.define('fg-chart-dialog', FgChartDialog)

declare global {
  interface HTMLElementTagNameMap {
    'fg-chart-dialog': FgChartDialog
  }
}
