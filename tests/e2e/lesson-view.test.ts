// The lesson view as a teacher projects it, at a laptop's 1440×900 and a projector's 1024×768:
// what a first trial of the board found hard to read.
import { describe, expect, it } from 'vitest'
import { useBrowserSession } from './helpers/session.ts'
import type { Page } from 'playwright-core'
import { chooseExample, openApp } from './helpers/app.ts'

const session = useBrowserSession()
const WAIT = { timeout: 30_000 }
const PROJECTOR = { width: 1024, height: 768 }

/** An example opened as a first visit shows it: the canvas and the board side by side. */
async function lesson(example: string, viewport: { width: number; height: number }): Promise<Page> {
  const { page } = await openApp(session.chromium, session.app.url, 'canvas', { layout: null })
  await page.setViewportSize(viewport)
  await chooseExample(page, example)
  await page.getByTestId('board').waitFor(WAIT)
  return page
}

const REPLACED = 'The optimizer of With standardization now comes from Adam (raw), not Adam (standardized).'

/** The board's charts (by test id) that the toast's box overlaps. */
async function chartsUnderToast(page: Page): Promise<string[]> {
  await page.evaluate(`window.flowgrad.store.toast(${JSON.stringify(REPLACED)})`)
  const toast = await page.getByTestId('toast').boundingBox()
  if (!toast) return ['no toast shown']
  const covered: string[] = []
  for (const chart of await page.locator('fg-board figure').all()) {
    const b = await chart.boundingBox()
    if (b && toast.x < b.x + b.width && b.x < toast.x + toast.width && toast.y < b.y + b.height && b.y < toast.y + toast.height) covered.push((await chart.getAttribute('data-testid')) ?? 'a chart')
  }
  return covered
}

describe('the lesson view', () => {
  for (const viewport of [{ width: 1440, height: 900 }, PROJECTOR]) {
    it(`at ${viewport.width}×${viewport.height} shows a toast over none of the board's charts, beside the canvas and presenting`, async () => {
      const page = await lesson('iris-standardization', viewport)
      await page.getByTestId('board-plot-curves').waitFor(WAIT)
      const beside = await chartsUnderToast(page)
      await page.keyboard.press('p')
      await expect.poll(() => page.locator('.fg-layout').getAttribute('data-presenting'), WAIT).toBe('')
      const presenting = await chartsUnderToast(page)
      expect({ beside, presenting }).toEqual({ beside: [], presenting: [] })
      await page.close()
    }, 90_000)
  }

  it('says on the board and in the greyed Run button why a lesson without a trainer has nothing to train', async () => {
    const page = await lesson('activation-derivatives', PROJECTOR)
    const note = page.getByTestId('board-no-trainer')
    await note.waitFor(WAIT)
    const run = page.getByTestId('toolbar-play')
    const box = await note.boundingBox()
    expect({
      disabled: await run.isDisabled(),
      runSays: await run.getAttribute('title'),
      boardSays: await note.textContent(),
      inView: box !== null && box.y + box.height <= PROJECTOR.height,
    }).toEqual({
      disabled: true,
      runSays: expect.stringMatching(/^Nothing to train in this lesson: it has no Trainer node/),
      boardSays: 'Nothing to train in this lesson: it has no Trainer node — the charts update as you change the controls.',
      inView: true,
    })
    await page.close()
  }, 90_000)

  it('says nothing of the kind when the lesson has a trainer', async () => {
    const page = await lesson('gd-vs-sgd', PROJECTOR)
    await page.getByTestId('board-plot-gd-path').waitFor(WAIT)
    expect({ note: await page.getByTestId('board-no-trainer').count(), runEnabled: await page.getByTestId('toolbar-play').isEnabled() }).toEqual({ note: 0, runEnabled: true })
    await page.close()
  }, 90_000)

  it("puts the Keras summary's 20 and 3 units along their sliders' tracks, not at the far left of 1…4096", async () => {
    const page = await lesson('keras-summary', PROJECTOR)
    const share = (id: string) => page.getByTestId(id).evaluate((el) => {
      const input = el as HTMLInputElement
      return Math.round((100 * (Number(input.value) - Number(input.min))) / (Number(input.max) - Number(input.min))) / 100
    })
    await page.getByTestId('board-dense-param-units-slider').waitFor(WAIT)
    expect({ twenty: await share('board-dense-param-units-slider'), three: await share('board-dense_1-param-units-slider') }).toEqual({ twenty: 0.36, three: 0.13 })
    await page.close()
  }, 90_000)

  it("shows the non-convex slice's Column as what it is: the node's formula title apart, a value-sized field, and what the number means", async () => {
    const page = await lesson('nonconvex-slice', PROJECTOR)
    const control = page.getByTestId('board-controls').locator('[data-param="column"]')
    await control.waitFor(WAIT)
    const help = control.locator('.help')
    const field = await page.getByTestId('board-sweep-param-column-input').boundingBox()
    expect({
      node: await control.locator('.context').textContent(),
      param: await control.locator('label.name').evaluate((el) => [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim()),
      says: (await help.isVisible()) ? await help.textContent() : 'nothing',
      valueSized: field !== null && field.width < 200,
    }).toEqual({ node: 'MSE + 1e-4·ΣW²', param: 'Column', says: 'The kernel column: which unit of the layer (0-based).', valueSized: true })
    await page.close()
  }, 90_000)
})
