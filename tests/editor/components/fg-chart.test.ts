// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import '../../../src/editor/components/fg-chart.ts'
import '../../../src/editor/components/fg-chart-dialog.ts'
import { applyAppends, planChartUpdate } from '../../../src/editor/components/chart-plan.ts'
import type { ExpandChartDetail } from '../../../src/editor/components/events.ts'
import type { LineChart, TableChart } from '../../../src/charts/data.ts'
import type { ChartPicture } from '../../../src/charts/index.ts'
import { chartOption, optionCounts } from '../../../src/charts/index.ts'
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

describe('fg-chart', () => {
  it('reports the series and points it draws on its host, following appends', async () => {
    const el = await mount('fg-chart', { chart: loss(3) })
    expect(el.dataset.testid).toBe('chart')
    expect(el.dataset.seriesCount).toBe('1')
    expect(el.dataset.pointCount).toBe('3')
    await update(el, { chart: loss(10) })
    // Redraws of a chart that just drew are paced: the append lands on a later frame.
    await vi.waitFor(() => expect(el.dataset.pointCount).toBe('10'))
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
