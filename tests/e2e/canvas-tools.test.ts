import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import { useBrowserSession } from './helpers/session.ts'
import { appState, chooseExample, openApp } from './helpers/app.ts'

const session = useBrowserSession()

async function fresh(example = 'keras-summary', plotNode = 'table'): Promise<Page> {
  const { page } = await openApp(session.chromium, session.app.url, 'canvas')
  await page.setViewportSize({ width: 1500, height: 850 })
  await chooseExample(page, example)
  await page.getByTestId(`node-${plotNode}`).waitFor()
  // Zoom to fit runs after a load: wait until the view stops moving.
  let last = ''
  await expect
    .poll(async () => {
      const box = JSON.stringify(await page.getByTestId(`node-${plotNode}`).boundingBox())
      const stable = box === last
      last = box
      return stable
    })
    .toBe(true)
  return page
}

/** Drags a plot node's resize grip by (dx, dy) screen pixels. */
async function dragResizeGrip(page: Page, node: Locator, dx: number, dy: number): Promise<void> {
  const grip = await node.getByTestId('node-resize').boundingBox()
  if (!grip) throw new Error('the resize grip is not visible')
  await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2)
  await page.mouse.down()
  await page.mouse.move(grip.x + grip.width / 2 + dx, grip.y + grip.height / 2 + dy, { steps: 5 })
  await page.mouse.up()
}

const nodeIds = (page: Page) => appState<string[]>(page, 's.doc.nodes.map((n) => n.id)')

describe('canvas tools', () => {
  it('adds a node from the canvas context menu where it was opened', async () => {
    const page = await fresh()
    const canvas = await page.getByTestId('canvas').boundingBox()
    if (!canvas) throw new Error('no canvas')
    await page.mouse.click(canvas.x + 120, canvas.y + 560, { button: 'right' })
    await page.getByTestId('context-menu').getByText('optimizer', { exact: true }).hover()
    await page.getByTestId('context-menu').getByText('Adam', { exact: true }).click()
    await expect.poll(() => nodeIds(page)).toContain('adam')
    await page.close()
  })

  it('finds any node type by typing in the canvas context menu and adds it with Enter', async () => {
    const page = await fresh()
    const canvas = await page.getByTestId('canvas').boundingBox()
    if (!canvas) throw new Error('no canvas')
    await page.mouse.click(canvas.x + 120, canvas.y + 560, { button: 'right' })
    await page.keyboard.type('rmsp')
    await expect.poll(() => page.getByTestId('context-menu-item').allTextContents()).toEqual([expect.stringMatching(/^\s*RMSprop\s*optimizer\s*$/)])
    await page.keyboard.press('Enter')
    await expect.poll(() => nodeIds(page)).toContain('rmsprop')
    await expect.poll(() => page.getByTestId('context-menu').count()).toBe(0)
    await page.close()
  })

  it('duplicates and deletes a node from its context menu', async () => {
    const page = await fresh()
    await page.getByTestId('node-dense').getByTestId('node-title').click({ button: 'right' })
    await page.getByTestId('context-menu').getByText('Duplicate', { exact: true }).click()
    await expect.poll(() => nodeIds(page)).toContain('dense-2')
    await page.getByTestId('node-dense-2').getByTestId('node-title').click({ button: 'right' })
    await page.getByTestId('context-menu').getByText('Delete', { exact: true }).click()
    await expect.poll(() => nodeIds(page)).not.toContain('dense-2')
    await page.close()
  })

  it('shows a minimap of the graph', async () => {
    const page = await fresh()
    await expect.poll(() => page.getByTestId('minimap-node').count()).toBe(await appState<number>(page, 's.doc.nodes.length'))
    await page.close()
  })

  it('resizes a plot node by dragging its corner', async () => {
    const page = await fresh('activation-derivatives', 'plot')
    const node = page.getByTestId('node-plot')
    const before = await node.boundingBox()
    if (!before) throw new Error('plot node not visible')
    await dragResizeGrip(page, node, 80, 60)
    const after = await node.boundingBox()
    expect(after?.width).toBeGreaterThan(before.width + 40)
    expect(after?.height).toBeGreaterThan(before.height + 30)
    await page.close()
  })

  it('keeps a resized plot node\'s size in the graph, as one undoable step', async () => {
    const page = await fresh('activation-derivatives', 'plot')
    const node = page.getByTestId('node-plot')
    const before = await node.boundingBox()
    if (!before) throw new Error('plot node not visible')
    await dragResizeGrip(page, node, 80, 60)
    const size = () => appState<[number, number] | null>(page, "s.doc.nodes.find((n) => n.id === 'plot').size ?? null")
    await expect.poll(size).not.toBeNull()
    const [width, height] = (await size()) ?? [0, 0]
    expect(width).toBeGreaterThan(380)
    expect(height).toBeGreaterThan(240)
    await page.getByTestId('toolbar-undo').click()
    await expect.poll(size).toBeNull()
    await expect.poll(async () => (await node.boundingBox())?.width).toBeCloseTo(before.width, 0)
    await page.getByTestId('toolbar-redo').click()
    await expect.poll(size).toEqual([width, height])
    await page.close()
  })

  it('opens a chart large from its node', async () => {
    const page = await fresh()
    await page.getByTestId('node-table').getByTestId('chart-expand').click()
    await page.getByTestId('chart-dialog').waitFor()
    await page.getByTestId('chart-dialog-close').click()
    await page.close()
  })

  it('arranges the graph automatically as one undoable step', async () => {
    const page = await fresh()
    const box = await page.getByTestId('node-dense').getByTestId('node-title').boundingBox()
    if (!box) throw new Error('node not visible')
    await page.mouse.move(box.x + 5, box.y + 5)
    await page.mouse.down()
    await page.mouse.move(box.x + 40, box.y + 160, { steps: 5 })
    await page.mouse.up()
    const before = await appState<string>(page, 'JSON.stringify(s.doc.nodes.map((n) => n.position))')
    await page.getByTestId('toolbar-arrange').click()
    // Arrange loads ELK when first pressed, which takes seconds on a busy machine.
    await expect.poll(() => appState<string>(page, 'JSON.stringify(s.doc.nodes.map((n) => n.position))'), { timeout: 20_000 }).not.toBe(before)
    await page.keyboard.press('Control+z')
    expect(await appState<string>(page, 'JSON.stringify(s.doc.nodes.map((n) => n.position))')).toBe(before)
    await page.close()
  })

  it('runs and pauses training with the space bar', async () => {
    const page = await fresh('iris-standardization', 'curves')
    const status = () => appState<string[]>(page, '[...s.progress.values()].map((p) => p.status)')
    await page.getByTestId('canvas').click({ position: { x: 5, y: 5 } })
    await page.keyboard.press('Space')
    await expect.poll(status).toContain('running')
    await page.keyboard.press('Space')
    await expect.poll(async () => (await status()).includes('running')).toBe(false)
    await page.close()
  })

  it('opens a graph file dropped on the canvas', async () => {
    const page = await fresh()
    const text = readFileSync('examples/activation-derivatives.flowgrad.json', 'utf8')
    await page.getByTestId('canvas').evaluate((canvas, content) => {
      const data = new DataTransfer()
      data.items.add(new File([content], 'derivatives.flowgrad.json', { type: 'application/json' }))
      canvas.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }))
    }, text)
    await page.getByTestId('node-d-tanh').waitFor()
    expect(await nodeIds(page)).toEqual(JSON.parse(text).nodes.map((n: { id: string }) => n.id))
    await page.close()
  })
})
