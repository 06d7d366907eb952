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

describe('the lesson view', () => {
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
})
