import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { useBrowserSession } from './helpers/session.ts'
import { appState, canvasSettled, chooseExample, openApp, showWholeGraph, trainAt } from './helpers/app.ts'

const session = useBrowserSession()
const WAIT = { timeout: 30_000 }
const RUN = { timeout: 120_000, interval: 250 }

/** Types a value into a field and commits it, as a user does (Enter). */
async function enter(page: Page, testId: string, value: string): Promise<void> {
  await page.getByTestId(testId).fill(value)
  await page.getByTestId(testId).press('Enter')
}

/** Opens iris, canvas and board side by side with the inspector, with the standardized run's learning rate typed into the board. */
async function irisAt(learningRate: string): Promise<Page> {
  const { page } = await openApp(session.chromium, session.app.url, 'node-iris', { layout: { mode: 'split', boardShare: 0.5, palette: false, inspector: true } })
  await page.setViewportSize({ width: 1440, height: 900 })
  // The example as shipped, whatever an earlier test left in the autosave.
  await chooseExample(page, 'iris-standardization')
  await expect.poll(() => appState<string>(page, "s.progress.get('fit-std')?.status"), WAIT).toBe('idle')
  await enter(page, 'board-std-adam-param-learningRate-input', learningRate)
  await expect.poll(() => appState<number>(page, "s.doc.nodes.find((n) => n.id === 'std-adam').params.learningRate"), WAIT).toBe(Number(learningRate))
  return page
}

/** From now on, every trainer notice the page is told of, as `trainer: message`. */
async function recordNotices(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { seenNotices: Set<string>; flowgrad: { store: { state: { progress: Map<string, { trainerId: string; notice: string | null }> } } } }
    w.seenNotices = new Set()
    setInterval(() => {
      for (const p of w.flowgrad.store.state.progress.values()) if (p.notice) w.seenNotices.add(`${p.trainerId}: ${p.notice}`)
    }, 20)
  })
}

describe('notices that a run is not learning', () => {
  it('says within 25 epochs that iris at learning rate 10 stopped learning, on the trainer node and on the board', async () => {
    const page = await irisAt('10')
    // 25 epochs, set in the inspector: what is shown when they end appeared within them.
    await showWholeGraph(page)
    await page.getByTestId('node-fit-std').getByTestId('node-title').click()
    await enter(page, 'param-epochs-input', '25')
    await expect.poll(() => appState<number>(page, "s.doc.nodes.find((n) => n.id === 'fit-std').params.epochs"), WAIT).toBe(25)
    await trainAt(page, '100')
    await page.getByTestId('toolbar-play').click()
    await expect.poll(() => appState<string>(page, "`${s.progress.get('fit-std')?.epoch} ${s.progress.get('fit-std')?.status}`"), RUN).toBe('25 done')
    const onBoard = page.getByTestId('board-notice-fit-std')
    await expect.poll(() => onBoard.isVisible(), WAIT).toBe(true)
    expect(await onBoard.textContent()).toMatch(/stopped decreasing.*learning rate may be too high/)
    await canvasSettled(page)
    const onNode = page.getByTestId('node-fit-std').getByTestId('node-notice')
    expect(await onNode.isVisible()).toBe(true)
    expect(await onNode.textContent()).toMatch(/stopped decreasing/)
    // The run at 0.001 beside it says nothing.
    expect(await page.getByTestId('board-notice-fit-raw').count()).toBe(0)
    await page.close()
  }, 150_000)

  it('never says anything about iris at learning rate 0.001, from the first epoch to the last', async () => {
    const page = await irisAt('0.001')
    await recordNotices(page)
    await trainAt(page, '100')
    await page.getByTestId('toolbar-play').click()
    await expect.poll(() => appState<number[]>(page, '[...s.progress.values()].map((p) => p.epoch)'), RUN).toEqual([100, 100])
    expect(await page.evaluate(() => [...(window as unknown as { seenNotices: Set<string> }).seenNotices])).toEqual([])
    expect(await page.getByTestId('board-notices').count()).toBe(0)
    await showWholeGraph(page)
    expect(await page.getByTestId('node-notice').count()).toBe(0)
    await page.close()
  }, 150_000)
})
