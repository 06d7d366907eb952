// Issue 9's reproductions, as the user's steps: what the canvas shows is what the file holds
// when a wire is drawn into a taken input or drawn again, and nodes land where they can be read.
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { useBrowserSession } from './helpers/session.ts'
import { appState, canvasSettled, openApp, openExample, showWholeGraph } from './helpers/app.ts'
import { dragConnection } from './helpers/canvas.ts'

const session = useBrowserSession()

const fresh = (example: string): Promise<Page> => openExample(session.chromium, session.app.url, example)

/** New graph, then the palette items clicked in order. */
async function built(page: Page, types: readonly string[]): Promise<void> {
  await page.getByTestId('toolbar-new').click()
  for (const type of types) {
    await page.getByTestId(`palette-item-${type.replace('/', '-')}`).click()
    await canvasSettled(page)
  }
}

const drawnWires = (page: Page) => page.locator('rete-connection').count()
const wiresInto = (page: Page, node: string, port: string) =>
  appState<string[]>(page, `s.doc.connections.filter((c) => c.to.node === '${node}' && c.to.port === '${port}').map((c) => c.from.node + '.' + c.from.port)`)

type Box = { x: number; y: number; width: number; height: number }
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

async function nodeBoxes(page: Page): Promise<Box[]> {
  const ids = await appState<string[]>(page, 's.doc.nodes.map((n) => n.id)')
  const boxes: Box[] = []
  for (const id of ids) {
    const box = await page.getByTestId(`node-${id}`).boundingBox()
    if (box) boxes.push(box)
  }
  return boxes
}

describe('wires: the canvas shows what the file holds', () => {
  it('replaces the wire of a single input with a second one, on the canvas and in the file, and says so', async () => {
    const page = await fresh('keras-summary')
    await built(page, ['data/iris', 'data/iris', 'train/trainer'])
    await dragConnection(page, ['iris', 'dataset'], ['trainer', 'data'])
    await expect.poll(() => wiresInto(page, 'trainer', 'data')).toEqual(['iris.dataset'])
    await dragConnection(page, ['iris-2', 'dataset'], ['trainer', 'data'])
    await expect.poll(() => wiresInto(page, 'trainer', 'data')).toEqual(['iris-2.dataset'])
    await expect(page.getByTestId('toast').textContent()).resolves.toBe('The data of Trainer now comes from Iris (iris-2), not Iris (iris).')
    await canvasSettled(page)
    expect(await drawnWires(page)).toBe(1)
    await page.close()
  }, 90_000)

  it('changes nothing when an existing wire is drawn again', async () => {
    const page = await fresh('keras-summary')
    await built(page, ['data/iris', 'train/trainer'])
    await dragConnection(page, ['iris', 'dataset'], ['trainer', 'data'])
    await expect.poll(() => wiresInto(page, 'trainer', 'data')).toEqual(['iris.dataset'])
    await dragConnection(page, ['iris', 'dataset'], ['trainer', 'data'])
    await canvasSettled(page)
    expect(await wiresInto(page, 'trainer', 'data')).toEqual(['iris.dataset'])
    expect(await drawnWires(page)).toBe(1)
    await page.close()
  }, 90_000)
})

describe('placement keeps the view readable', () => {
  it('starts a new graph at 100% zoom: a node added to it is drawn at its full width', async () => {
    const page = await fresh('iris-standardization')
    await built(page, ['model/dense'])
    const box = await page.getByTestId('node-dense').boundingBox()
    expect(box?.width).toBeCloseTo(230, 0)
    await page.close()
  }, 60_000)

  it('never stacks nodes added by clicking the palette', async () => {
    const page = await fresh('keras-summary')
    await built(page, ['model/dense', 'model/dense', 'model/dense', 'optimizer/adam', 'optimizer/adam', 'loss/mse'])
    const boxes = await nodeBoxes(page)
    expect(boxes).toHaveLength(6)
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i], boxes[j]), `nodes ${i} and ${j}`).toBe(false)
    await page.close()
  }, 60_000)

  it('shows a node added by clicking the palette whole in the canvas beside the board, however full the view', async () => {
    const { page } = await openApp(session.chromium, session.app.url, 'canvas', { layout: { mode: 'split', boardShare: 0.5, palette: true, inspector: false } })
    await page.setViewportSize({ width: 1440, height: 900 })
    await built(page, [])
    const canvas = await page.getByTestId('canvas').boundingBox()
    const cut: string[] = []
    for (const type of ['data/iris', 'model/dense', 'loss/categorical-crossentropy', 'optimizer/adam', 'train/trainer', 'plot/training-curves', 'model/dense', 'optimizer/sgd']) {
      await page.getByTestId(`palette-item-${type.replace('/', '-')}`).click()
      await canvasSettled(page)
      const id = await appState<string>(page, 's.doc.nodes[s.doc.nodes.length - 1].id')
      const b = await page.getByTestId(`node-${id}`).boundingBox()
      if (!canvas || !b || b.x < canvas.x || b.y < canvas.y || b.x + b.width > canvas.x + canvas.width || b.y + b.height > canvas.y + canvas.height) cut.push(id)
    }
    expect(cut).toEqual([])
    await page.close()
  }, 60_000)

  it('puts a duplicate beside its original, wired to the same input', async () => {
    const page = await fresh('keras-summary')
    await showWholeGraph(page)
    await page.getByTestId('node-dense').getByTestId('node-title').click({ button: 'right' })
    await page.getByTestId('context-menu').getByText('Duplicate', { exact: true }).click()
    await canvasSettled(page)
    const original = await page.getByTestId('node-dense').boundingBox()
    const copy = await page.getByTestId('node-dense-2').boundingBox()
    if (!original || !copy) throw new Error('the duplicate is not on the canvas')
    expect(overlap(original, copy)).toBe(false)
    expect(await wiresInto(page, 'dense-2', 'model')).toEqual(await wiresInto(page, 'dense', 'model'))
    await page.close()
  }, 60_000)

  it('arranges a graph so that every node stays inside the view, at a readable zoom', async () => {
    const page = await fresh('keras-summary')
    await page.getByTestId('toolbar-arrange').click()
    await expect.poll(() => page.getByTestId('toolbar-undo').isEnabled(), { timeout: 30_000 }).toBe(true)
    await canvasSettled(page)
    const view = await page.getByTestId('canvas').boundingBox()
    if (!view) throw new Error('no canvas')
    for (const box of await nodeBoxes(page)) {
      expect(box.x).toBeGreaterThanOrEqual(view.x - 1)
      expect(box.y).toBeGreaterThanOrEqual(view.y - 1)
      expect(box.x + box.width).toBeLessThanOrEqual(view.x + view.width + 1)
      expect(box.y + box.height).toBeLessThanOrEqual(view.y + view.height + 1)
    }
    await page.close()
  }, 60_000)
})
