import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { useBrowserSession } from './helpers/session.ts'
import { appState, chooseExample, openApp } from './helpers/app.ts'

const session = useBrowserSession()

/** GD vs SGD opened from the Examples dialog, not yet running. */
async function gdVsSgd(): Promise<{ page: Page; errors: string[] }> {
  // Whatever graph the browser autosaved last opens first: wait for the canvas, not a node.
  const opened = await openApp(session.chromium, session.app.url, 'canvas')
  await chooseExample(opened.page, 'gd-vs-sgd')
  await expect.poll(() => appState<number>(opened.page, 's.progress.size'), { timeout: 30_000 }).toBe(2)
  return opened
}

/** The most steps any trainer has taken. */
const mostSteps = (page: Page) => appState<number>(page, 'Math.max(0, ...[...s.progress.values()].map((p) => p.step))')

describe('the training speed in the browser', () => {
  // The only timed assertions of the suite: lower bounds, which a slow machine cannot break.
  it('holds GD vs SGD to 5 steps per second when asked: its first 10 steps take at least 1.5 s', async () => {
    const { page, errors } = await gdVsSgd()
    await page.getByTestId('toolbar-speed').selectOption('5')
    await expect.poll(() => appState<unknown[]>(page, "s.doc.nodes.filter((n) => n.type === 'train/trainer').map((n) => n.params.speed)")).toEqual(['5', '5'])
    const started = Date.now()
    await page.getByTestId('toolbar-play').click()
    await expect.poll(() => mostSteps(page), { timeout: 60_000, interval: 50 }).toBeGreaterThanOrEqual(10)
    const elapsed = Date.now() - started
    console.log(`gd-vs-sgd at 5 steps/s: 10 steps in ${elapsed} ms`)
    expect(elapsed).toBeGreaterThanOrEqual(1500)
    expect(errors).toEqual([])
    await page.close()
  }, 120_000)

  it('lets a class watch GD vs SGD at its default speed: the run takes at least 5 s', async () => {
    const { page, errors } = await gdVsSgd()
    const started = Date.now()
    await page.getByTestId('toolbar-play').click()
    await expect.poll(() => appState<string[]>(page, '[...s.progress.values()].map((p) => p.status)'), { timeout: 120_000, interval: 100 }).toEqual(['done', 'done'])
    const elapsed = Date.now() - started
    console.log(`gd-vs-sgd at its default speed: done in ${elapsed} ms`)
    expect(elapsed).toBeGreaterThanOrEqual(5000)
    expect(errors).toEqual([])
    await page.close()
  }, 180_000)
})
