// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import '../../../src/editor/components/fg-chart.ts'
import '../../../src/editor/components/fg-chart-dialog.ts'
import { applyAppends, planChartUpdate } from '../../../src/editor/components/chart-plan.ts'
import type { ExpandChartDetail } from '../../../src/editor/components/events.ts'
import type { ChartData, LineChart, TableChart } from '../../../src/charts/data.ts'
import type { ChartPicture } from '../../../src/charts/index.ts'
import { chartOption, isEChartsChart, optionCounts } from '../../../src/charts/index.ts'
import type { LiveChartConnection, LiveChartHost } from '../../../src/editor/live-charts/client.ts'
import { useLiveChartHost } from '../../../src/editor/live-charts/client.ts'
import type { LiveChartReport } from '../../../src/editor/live-charts/protocol.ts'
import { byTestId, cleanup, mount, queryTestId, record, update } from './helpers.ts'

function loss(n: number, name = 'adam'): LineChart {
  const x = Array.from({ length: n }, (_, i) => i + 1)
  return { kind: 'line', title: 'Loss', xLabel: 'epoch', yLabel: 'loss', series: [{ name, x, y: x.map((e) => 1 / e) }] }
}

const table: TableChart = { kind: 'table', table: { title: 'Model', columns: ['Layer', 'Params'], rows: [['dense', 20]], footer: ['Total 20'] } }

afterEach(cleanup)

describe('planChartUpdate', () => {
  it('rebuilds the first chart it draws', () => {
    expect(planChartUpdate(null, loss(3))).toEqual({ kind: 'rebuild' })
  })

  it('appends only the new points when a series grew', () => {
    expect(planChartUpdate(loss(3), loss(5))).toEqual({ kind: 'append', appends: [{ seriesIndex: 0, points: [[4, 1 / 4], [5, 1 / 5]] }] })
  })

  it('rebuilds when the new chart is not an extension of the drawn one', () => {
    expect(planChartUpdate(loss(3), loss(5, 'sgd'))).toEqual({ kind: 'rebuild' })
    expect(planChartUpdate(loss(5), loss(3))).toEqual({ kind: 'rebuild' })
  })

  it('does nothing for an equal chart', () => {
    expect(planChartUpdate(loss(3), loss(3))).toEqual({ kind: 'none' })
  })

  it('draws tables as tables and clears when the chart goes away', () => {
    expect(planChartUpdate(loss(3), table)).toEqual({ kind: 'table', table: table.table })
    expect(planChartUpdate(table, structuredClone(table))).toEqual({ kind: 'none' })
    expect(planChartUpdate(table, loss(3))).toEqual({ kind: 'rebuild' })
    expect(planChartUpdate(loss(3), null)).toEqual({ kind: 'clear' })
  })
})

describe('applyAppends', () => {
  it('grows the option in place and returns the full data of just the grown series', () => {
    const option = chartOption(loss(2))
    const patch = applyAppends(option, [{ seriesIndex: 0, points: [[3, 1 / 3]] }])
    expect(patch).toEqual({ series: [{ data: [[1, 1], [2, 0.5], [3, 1 / 3]] }] })
    expect(optionCounts(option)).toEqual({ series: 1, points: 3 })
  })
})

/**
 * A live chart host for a page without workers (happy-dom): it keeps what each chart was told,
 * and reports the counts the chart worker would (those of the chart's option).
 */
class RecordingHost implements LiveChartHost {
  readonly shown: (ChartData | null)[] = []
  readonly sizes: [number, number][] = []
  report: ((report: LiveChartReport) => void) | null = null

  attach(_canvas: HTMLCanvasElement, width: number, height: number, reported: (report: LiveChartReport) => void): LiveChartConnection {
    this.sizes.push([width, height])
    this.report = reported
    return {
      show: (chart) => {
        this.shown.push(chart)
        const counts = chart && isEChartsChart(chart) ? optionCounts(chartOption(chart)) : { series: 0, points: 0 }
        reported({ ...counts, error: null, hidden: [], tooltip: false, cursor: 'default' })
      },
      resize: (w, h) => void this.sizes.push([w, h]),
      pointer: () => undefined,
      detach: () => undefined,
    }
  }
}

describe('fg-chart', () => {
  let host: RecordingHost
  beforeEach(() => {
    host = new RecordingHost()
    useLiveChartHost(host)
  })

  /** Mounts a live chart and lays it out 400 px wide (happy-dom lays nothing out). */
  async function mountLive(props: Record<string, unknown>) {
    const el = await mount('fg-chart', props)
    const plot = el.shadowRoot?.querySelector('.plot') as HTMLElement
    Object.defineProperty(plot, 'clientWidth', { value: 400 })
    await update(el, { height: 230 })
    return el
  }

  it('hands a canvas to the chart worker and sends it every new chart', async () => {
    const el = await mountLive({ chart: loss(3) })
    await update(el, { chart: loss(10) })
    expect(host.shown.map((c) => (c?.kind === 'line' ? c.series[0].x.length : null))).toEqual([3, 10])
    expect(host.sizes[0]).toEqual([400, 230])
    expect(el.shadowRoot?.querySelectorAll('.plot canvas')).toHaveLength(1)
  })

  it('reports on its host what the chart worker drew and what the user switched off', async () => {
    const el = await mountLive({ chart: loss(10) })
    expect([el.dataset.seriesCount, el.dataset.pointCount]).toEqual(['1', '10'])
    host.report?.({ series: 1, points: 10, error: null, hidden: ['adam'], tooltip: true, cursor: 'pointer' })
    expect([el.dataset.hiddenSeries, el.dataset.tooltip]).toEqual(['adam', 'shown'])
    expect((el.shadowRoot?.querySelector('.plot canvas') as HTMLCanvasElement).style.cursor).toBe('pointer')
  })

  it('draws a table as SVG', async () => {
    const el = await mount('fg-chart', { chart: table })
    expect(byTestId(el, 'chart-table').querySelector('svg')).not.toBeNull()
    expect(el.dataset.chartKind).toBe('table')
  })

  it('emits fg-expand-chart with its chart and the node it shows from the open-large button', async () => {
    const chart = loss(3)
    const el = await mount('fg-chart', { chart, source: 'curves' })
    const expanded = record<ExpandChartDetail>(el, 'fg-expand-chart')
    byTestId(el, 'chart-expand').click()
    expect(expanded).toEqual([{ chart, nodeId: 'curves' }])
  })

  it('shows a placeholder and no expand button without a chart', async () => {
    const el = await mount('fg-chart', { chart: null })
    expect(queryTestId(el, 'chart-empty')).not.toBeNull()
    expect(queryTestId(el, 'chart-expand')).toBeNull()
  })
})

describe('fg-chart, painted', () => {
  const picture = (svg: string, error: string | null = null): ChartPicture => ({ svg, width: 300, height: 200, series: 1, points: 7, error })

  it('shows the picture it is given, with the counts the painter reported', async () => {
    const el = await mount('fg-chart', { chart: loss(7), painted: true, picture: picture('<svg viewBox="0 0 300 200"><text>painted</text></svg>') })
    expect(el.shadowRoot?.querySelector('.picture svg text')?.textContent).toBe('painted')
    expect([el.dataset.seriesCount, el.dataset.pointCount]).toEqual(['1', '7'])
  })

  it('runs no ECharts of its own', async () => {
    const el = await mount('fg-chart', { chart: loss(7), painted: true, picture: null })
    expect(el.shadowRoot?.querySelector('.plot')?.children.length).toBe(0)
    expect(el.dataset.pointCount).toBe('0')
  })

  it('shows why a chart could not be painted', async () => {
    const el = await mount('fg-chart', { chart: loss(7), painted: true, picture: picture('', 'bad data') })
    expect(byTestId(el, 'chart-error').textContent).toContain('bad data')
    expect(el.dataset.renderError).toBe('bad data')
  })
})

describe('fg-chart-dialog', () => {
  it('shows the chart large under its title and emits fg-close when closed', async () => {
    const el = await mount('fg-chart-dialog', { chart: loss(3), open: true })
    expect(byTestId(el, 'chart-dialog').getAttribute('aria-label')).toBe('Loss')
    expect(queryTestId(el, 'chart-large')).not.toBeNull()
    const closes = record<null>(el, 'fg-close')
    byTestId(el, 'chart-dialog-close').click()
    expect(closes).toHaveLength(1)
  })
})
