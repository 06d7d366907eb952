import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { useBrowserSession } from './helpers/session.ts'
import { appState, chooseExample, graphJson, openApp, showWholeGraph } from './helpers/app.ts'
import { dragConnection, socket } from './helpers/canvas.ts'
import { openFile, saveToFile } from './helpers/files.ts'

const session = useBrowserSession()

async function fresh(example = 'keras-summary'): Promise<{ page: Page; errors: string[] }> {
  const opened = await openApp(session.chromium, session.app.url, 'canvas')
  await opened.page.setViewportSize({ width: 1600, height: 900 })
  await chooseExample(opened.page, example)
  await expect.poll(() => appState<number>(opened.page, 's.doc.nodes.length')).toBeGreaterThan(0)
  await showWholeGraph(opened.page)
  return opened
}

const nodeIds = (page: Page) => appState<string[]>(page, 's.doc.nodes.map((n) => n.id)')

describe('editing round trips in the browser', () => {
  it('refuses an incompatible connection and shows why', async () => {
    const { page } = await fresh('iris-standardization')
    const before = await appState<number>(page, 's.doc.connections.length')
    await dragConnection(page, ['std-adam', 'optimizer'], ['std-model', 'model'])
    await expect.poll(() => page.getByTestId('toolbar-undo').isEnabled()).toBe(false)
    await expect(page.getByTestId('toast').textContent()).resolves.toMatch(/Optimizer.*Model/)
    expect(await appState<number>(page, 's.doc.connections.length')).toBe(before)
    await page.close()
  }, 60_000)

  it('undoes a series of edits back to the original graph and redoes them to the edited one', async () => {
    const { page } = await fresh()
    const original = await graphJson(page)
    await page.getByTestId('palette-item-optimizer-adam').click()
    await page.getByTestId('node-summary').getByTestId('node-title').click()
    await page.keyboard.press('Delete')
    await page.getByTestId('node-dense').getByTestId('node-title').click()
    await page.getByTestId('param-units-input').fill('32')
    await page.getByTestId('param-units-input').press('Enter')
    const box = await page.getByTestId('node-input').getByTestId('node-title').boundingBox()
    if (!box) throw new Error('node not visible')
    await page.mouse.move(box.x + 10, box.y + 5)
    await page.mouse.down()
    await page.mouse.move(box.x + 60, box.y + 80, { steps: 6 })
    await page.mouse.up()
    const edited = await graphJson(page)
    expect(edited).not.toBe(original)
    for (let i = 0; i < 4; i++) await page.keyboard.press('Control+z')
    expect(await graphJson(page)).toBe(original)
    for (let i = 0; i < 4; i++) await page.keyboard.press('Control+y')
    expect(await graphJson(page)).toBe(edited)
    await page.close()
  }, 60_000)

  it('copies selected nodes and pastes them back as the same nodes under new ids', async () => {
    const { page } = await fresh()
    await page.getByTestId('node-dense').getByTestId('node-title').click()
    await page.keyboard.press('Control+c')
    await page.keyboard.press('Control+v')
    await expect.poll(() => nodeIds(page)).toContain('dense-2')
    const [original, copy] = await appState<{ type: string; params: unknown }[]>(page, "['dense', 'dense-2'].map((id) => s.doc.nodes.find((n) => n.id === id))")
    expect(copy.type).toBe(original.type)
    expect(copy.params).toEqual(original.params)
    await page.close()
  }, 60_000)

  it('pastes a whole graph file into an empty canvas as that graph', async () => {
    const { page } = await fresh()
    const example = readFileSync(join(process.cwd(), 'examples/keras-summary.flowgrad.json'), 'utf8')
    await page.getByTestId('toolbar-new').click()
    await page.evaluate((text) => navigator.clipboard.writeText(text), example)
    await page.keyboard.press('Control+v')
    await expect.poll(() => nodeIds(page)).toEqual(JSON.parse(example).nodes.map((n: { id: string }) => n.id))
    expect(await appState(page, 's.doc.connections')).toEqual(JSON.parse(example).connections)
    await page.close()
  }, 60_000)

  it('saves a file and opens it again as the same graph', async () => {
    const { page } = await fresh()
    await page.getByTestId('node-dense').getByTestId('node-title').click()
    await page.getByTestId('param-units-input').fill('24')
    await page.getByTestId('param-units-input').press('Enter')
    const before = await graphJson(page)
    const path = await saveToFile(page)
    await page.getByTestId('toolbar-new').click()
    await openFile(page, path)
    await expect.poll(() => graphJson(page)).toBe(before)
    await page.close()
  }, 60_000)

  it('keeps the current graph and lists the problems when an opened file is broken', async () => {
    const { page } = await fresh()
    const before = await graphJson(page)
    const text = '{"format":"flowgrad","version":1,"meta":{"title":"x"},"nodes":[{"id":"a","type":"optimizer/adam","position":"top left","params":{}}],"connections":[],"tweaks":[]}'
    await openFile(page, { name: 'broken.flowgrad.json', text })
    await expect.poll(() => page.getByTestId('problem').count()).toBeGreaterThan(0)
    expect(await page.getByTestId('problems').textContent()).toMatch(/\$\.nodes\[0\]\.position/)
    expect(await graphJson(page)).toBe(before)
    await page.close()
  }, 60_000)

  it('shares a link that opens the same graph', async () => {
    const { page } = await fresh()
    await page.getByTestId('node-dense').getByTestId('node-title').click()
    await page.getByTestId('param-units-input').fill('40')
    await page.getByTestId('param-units-input').press('Enter')
    const before = await graphJson(page)
    await page.getByTestId('toolbar-share').click()
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/#graph=/)
    const link = await page.evaluate(() => navigator.clipboard.readText())
    const other = await session.chromium.context.newPage()
    await other.goto(link)
    await other.getByTestId('node-dense').waitFor()
    expect(await graphJson(other)).toBe(before)
    await other.close()
    await page.close()
  }, 60_000)

  it('restores the autosaved graph after a reload', async () => {
    const { page } = await fresh()
    await page.getByTestId('node-dense').getByTestId('node-title').click()
    await page.getByTestId('param-units-input').fill('48')
    await page.getByTestId('param-units-input').press('Enter')
    const before = await graphJson(page)
    await page.waitForTimeout(800)
    await page.goto(session.app.url)
    await page.getByTestId('node-dense').waitFor()
    expect(await graphJson(page)).toBe(before)
    expect(await socket(page, 'dense', 'output', 'model').count()).toBe(1)
    await page.close()
  }, 60_000)
})
