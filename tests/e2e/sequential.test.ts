import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { useBrowserSession } from './helpers/session.ts'
import { appState, openApp } from './helpers/app.ts'
import { dragConnection, dropNode } from './helpers/canvas.ts'

const session = useBrowserSession()

/** Counts what a user does: each palette drop, wire, click or typed value is one action. */
function counter(): { act: <T>(action: Promise<T>) => Promise<T>; readonly count: number } {
  let count = 0
  return {
    act: (action) => {
      count++
      return action
    },
    get count() {
      return count
    },
  }
}

async function typeValue(page: Page, testId: string, value: string): Promise<void> {
  const field = page.getByTestId(testId)
  await field.fill(value)
  await field.press('Enter')
}

const layersOf = (page: Page) => appState<unknown>(page, "s.doc.nodes.find((n) => n.id === 'sequential').params.layers")

const IRIS_STACK = [
  { type: 'dense', units: 256, activation: 'relu' },
  { type: 'dense', units: 256, activation: 'relu' },
  { type: 'dense', units: 256, activation: 'relu' },
  { type: 'dense', units: 3, activation: 'softmax' },
]

describe('building the chapter’s iris model with a Sequential node', () => {
  it('takes at most 20 UI actions from an empty graph, trains, and draws the curves', async () => {
    const { page, errors } = await openApp(session.chromium, session.app.url)
    await page.setViewportSize({ width: 1600, height: 900 })
    const { act, ...actions } = counter()
    await act(page.getByTestId('toolbar-new').click())
    await expect.poll(() => appState<number>(page, 's.doc.nodes.length')).toBe(0)

    await act(dropNode(page, 'data/iris', 60, 80))
    await act(dropNode(page, 'preprocess/standardize', 60, 300))
    await act(dropNode(page, 'model/sequential', 330, 80))
    await act(dropNode(page, 'loss/categorical-crossentropy', 620, 40))
    await act(dropNode(page, 'optimizer/adam', 620, 440))
    await act(dropNode(page, 'train/trainer', 620, 200))
    await act(dropNode(page, 'plot/training-curves', 900, 120))
    await act(dragConnection(page, ['iris', 'dataset'], ['standardize', 'data']))
    await act(dragConnection(page, ['standardize', 'dataset'], ['sequential', 'data']))
    await act(dragConnection(page, ['sequential', 'model'], ['trainer', 'model']))
    await act(dragConnection(page, ['categorical-crossentropy', 'loss'], ['trainer', 'loss']))
    await act(dragConnection(page, ['adam', 'optimizer'], ['trainer', 'optimizer']))
    await act(dragConnection(page, ['trainer', 'training'], ['training-curves', 'runs']))
    await expect.poll(() => appState<number>(page, 's.doc.connections.length')).toBe(6)

    // The stack starts as Dense(32, relu) → Dense(3, softmax): widen the first, then two copies of it.
    await act(page.getByTestId('node-sequential').getByTestId('node-title').click())
    await act(typeValue(page, 'layer-0-units', '256'))
    await act(page.getByTestId('layer-0-insert').click())
    await act(page.getByTestId('layer-0-insert').click())
    await expect.poll(() => layersOf(page)).toEqual(IRIS_STACK)
    await expect.poll(() => page.getByTestId('node-sequential').getByTestId('stack-params').textContent()).toBe('133,635 params')

    await act(page.getByTestId('toolbar-play').click())
    expect(actions.count).toBeLessThanOrEqual(20)
    await expect.poll(() => page.getByTestId('status-epoch').textContent(), { timeout: 90_000 }).toBe('100')
    const chart = page.getByTestId('node-training-curves').getByTestId('chart')
    await expect.poll(() => chart.getAttribute('data-point-count')).toBe('200')
    expect(errors).toEqual([])
    await page.close()
  }, 180_000)

  it('undoes a layer edit in one step', async () => {
    const { page, errors } = await openApp(session.chromium, session.app.url)
    await page.getByTestId('toolbar-new').click()
    await dropNode(page, 'model/sequential', 300, 100)
    await page.getByTestId('node-sequential').getByTestId('node-title').click()
    await page.getByTestId('layer-1-remove').click()
    await expect.poll(() => layersOf(page)).toEqual([{ type: 'dense', units: 32, activation: 'relu' }])
    await page.getByTestId('toolbar-undo').click()
    await expect.poll(() => layersOf(page)).toEqual([{ type: 'dense', units: 32, activation: 'relu' }, { type: 'dense', units: 3, activation: 'softmax' }])
    expect(errors).toEqual([])
    await page.close()
  }, 60_000)
})
