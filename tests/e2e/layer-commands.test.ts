import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { useBrowserSession } from './helpers/session.ts'
import { readFileSync } from 'node:fs'
import { encodeGraphHash } from '../../src/editor/persistence/share-link.ts'
import { CANVAS_LAYOUT, appState, canvasSettled, chooseExample, graphJson, openApp, showWholeGraph } from './helpers/app.ts'

const session = useBrowserSession()

/** The keras-summary example (Input → Dense → Dense → summary → table), the whole graph in view. */
async function summaryGraph(): Promise<{ page: Page; errors: string[] }> {
  const opened = await openApp(session.chromium, session.app.url, 'canvas', { layout: { ...CANVAS_LAYOUT, inspector: false } })
  await opened.page.setViewportSize({ width: 1500, height: 850 })
  await chooseExample(opened.page, 'keras-summary')
  await showWholeGraph(opened.page)
  return opened
}

const title = (page: Page, id: string) => page.getByTestId(`node-${id}`).getByTestId('node-title')

async function menu(page: Page, id: string, item: string): Promise<void> {
  await title(page, id).click({ button: 'right' })
  await page.getByTestId('context-menu').getByText(item, { exact: true }).click()
  await canvasSettled(page)
}

const nodeIds = (page: Page) => appState<string[]>(page, 's.doc.nodes.map((n) => n.id)')
const wires = (page: Page) => appState<string[]>(page, "s.doc.connections.map((c) => c.from.node + '.' + c.from.port + '>' + c.to.node + '.' + c.to.port).sort()")
const summaryText = (page: Page) => page.getByTestId('node-table').getByTestId('chart-table').textContent()

/** The summary table as the page shows it, once it shows the example's two Dense layers. */
async function shownSummary(page: Page): Promise<string | null> {
  await expect.poll(() => summaryText(page)).toContain('dense_1 (Dense)')
  return summaryText(page)
}

describe('the layer commands of a layer node’s context menu', () => {
  it('collapses a selected chain into one Sequential node with the same summary, and Undo brings the chain back', async () => {
    const { page, errors } = await summaryGraph()
    const before = { ids: await nodeIds(page), wires: await wires(page), summary: await shownSummary(page) }
    await title(page, 'dense').click()
    await title(page, 'dense_1').click({ modifiers: ['Control'] })
    await expect.poll(() => appState<string[]>(page, 's.selected')).toEqual(['dense', 'dense_1'])
    await menu(page, 'dense_1', 'Collapse into Sequential')

    await expect.poll(() => nodeIds(page)).toEqual(['input', 'sequential', 'summary', 'table'])
    expect(await wires(page)).toEqual(['input.model>sequential.model', 'sequential.model>summary.model', 'summary.table>table.table'])
    // The layers keep their names, so the summary names and counts them as before.
    await expect.poll(() => summaryText(page)).toBe(before.summary)

    await page.getByTestId('toolbar-undo').click()
    await expect.poll(() => nodeIds(page)).toEqual(before.ids)
    expect(await wires(page)).toEqual(before.wires)
    expect(errors).toEqual([])
    await page.close()
  }, 90_000)

  it('expands a Sequential node into layer nodes wired in its place, undoably', async () => {
    const { page, errors } = await summaryGraph()
    const before = { wires: await wires(page), summary: await shownSummary(page) }
    await title(page, 'dense').click()
    await title(page, 'dense_1').click({ modifiers: ['Control'] })
    await menu(page, 'dense', 'Collapse into Sequential')
    await expect.poll(() => nodeIds(page)).toContain('sequential')

    await menu(page, 'sequential', 'Expand into layers')
    await expect.poll(() => nodeIds(page)).toEqual(['input', 'dense', 'dense_1', 'summary', 'table'])
    expect(await wires(page)).toEqual(before.wires)
    await expect.poll(() => summaryText(page)).toBe(before.summary)

    await page.getByTestId('toolbar-undo').click()
    await expect.poll(() => nodeIds(page)).toEqual(['input', 'sequential', 'summary', 'table'])
    expect(errors).toEqual([])
    await page.close()
  }, 90_000)

  it('+ layer after inserts a Dense as wide as the layer into the chain and rewires it', async () => {
    const { page, errors } = await summaryGraph()
    const units = await appState<number>(page, "s.doc.nodes.find((n) => n.id === 'dense').params.units")
    await menu(page, 'dense', '+ layer after')

    await expect.poll(() => nodeIds(page)).toContain('dense-2')
    expect(await appState<number>(page, "s.doc.nodes.find((n) => n.id === 'dense-2').params.units")).toBe(units)
    expect(await wires(page)).toEqual(['dense-2.model>dense_1.model', 'dense.model>dense-2.model', 'dense_1.model>summary.model', 'input.model>dense.model', 'summary.table>table.table'])
    await expect.poll(() => summaryText(page)).toContain('dense-2 (Dense)')
    await page.getByTestId('toolbar-undo').click()
    await expect.poll(() => nodeIds(page)).not.toContain('dense-2')
    expect(errors).toEqual([])
    await page.close()
  }, 90_000)

  it('+ layer after refuses to rewire a layer the teacher locked, says so, and leaves the graph as it was', async () => {
    const file = JSON.parse(readFileSync('examples/keras-summary.flowgrad.json', 'utf8')) as { board: object }
    const locked = { ...file, board: { ...file.board, lesson: { locked: [{ node: 'dense_1' }], hidden: [] } } }
    const url = `${session.app.url}${await encodeGraphHash(JSON.stringify(locked))}`
    const { page, errors } = await openApp(session.chromium, url, 'node-dense', { layout: { ...CANVAS_LAYOUT, inspector: false } })
    await page.setViewportSize({ width: 1500, height: 850 })
    await showWholeGraph(page)
    const before = await graphJson(page)
    await menu(page, 'dense', '+ layer after')

    await expect.poll(() => appState<string | null>(page, 's.toast')).toBe('Dense 3 softmax is locked by the teacher.')
    expect(await graphJson(page)).toBe(before)
    expect(errors).toEqual([])
    await page.close()
  }, 90_000)
})
