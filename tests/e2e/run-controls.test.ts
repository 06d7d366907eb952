// Issue 9's dead controls and stale state, as the user's steps: the trainer chips choose what
// the run controls act on, a control that cannot act says why, and the status row never shows
// an old run as if it were current.
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { useBrowserSession } from './helpers/session.ts'
import { appState, canvasSettled, openExample } from './helpers/app.ts'

const session = useBrowserSession()

const fresh = (example: string): Promise<Page> => openExample(session.chromium, session.app.url, example)

const stepOf = (page: Page, id: string) => appState<number>(page, `s.progress.get('${id}')?.step ?? 0`)
const statusOf = (page: Page, id: string) => appState<string>(page, `s.progress.get('${id}')?.status ?? ''`)

describe('run controls', () => {
  it('acts on the trainer chosen in the status row only, and shows that trainer', async () => {
    const page = await fresh('iris-standardization')
    await page.getByTestId('status-trainer-fit-raw').click()
    await expect.poll(() => page.getByTestId('status-trainer-fit-raw').getAttribute('aria-pressed')).toBe('true')
    await page.getByTestId('toolbar-stepBatch').click()
    await expect.poll(() => stepOf(page, 'fit-raw')).toBe(1)
    expect(await stepOf(page, 'fit-std')).toBe(0)
    await expect.poll(() => page.getByTestId('status-step').textContent()).toBe('1')
    await page.getByTestId('status-trainer-all').click()
    await page.getByTestId('toolbar-stepBatch').click()
    await expect.poll(() => stepOf(page, 'fit-std')).toBe(1)
    await expect.poll(() => stepOf(page, 'fit-raw')).toBe(2)
    await page.close()
  }, 60_000)

  it('shows the run’s state and figures whole at 1024×768 with the race’s five trainers, before their chips', async () => {
    const page = await openExample(session.chromium, session.app.url, 'optimizers-race', { width: 1024, height: 768 })
    const status = await page.getByTestId('status').boundingBox()
    const rights: number[] = []
    for (const id of ['status-state', 'status-epochs', 'status-step', 'status-rate']) {
      const box = await page.getByTestId(id).boundingBox()
      rights.push(box ? box.x + box.width : Infinity)
    }
    expect(Math.max(...rights)).toBeLessThanOrEqual((status?.x ?? 0) + (status?.width ?? 0))
    await page.close()
  }, 60_000)

  it('says a finished run is done when Run is pressed again', async () => {
    const page = await fresh('gd-vs-sgd')
    await page.getByTestId('toolbar-play').click()
    await expect.poll(() => appState<string[]>(page, '[...s.progress.values()].map((p) => p.status)'), { timeout: 60_000 }).toEqual(['done', 'done'])
    await page.getByTestId('toolbar-play').click()
    await expect.poll(() => page.getByTestId('toast').textContent()).toBe('Done — Reset to train again.')
    await page.close()
  }, 90_000)

  it('shows a finished run’s average speed, not 0 steps/s', async () => {
    const page = await fresh('gd-vs-sgd')
    await page.getByTestId('toolbar-play').click()
    await expect.poll(() => page.getByTestId('status-state').textContent(), { timeout: 60_000 }).toBe('Done')
    expect(Number(await page.getByTestId('status-rate').textContent())).toBeGreaterThan(0)
    await page.close()
  }, 90_000)

  it('disables the run controls, saying why, when the graph has no trainer', async () => {
    const page = await fresh('keras-summary')
    for (const id of ['toolbar-play', 'toolbar-stepBatch', 'toolbar-stepEpoch', 'toolbar-reset']) {
      await expect(page.getByTestId(id).isDisabled()).resolves.toBe(true)
      await expect(page.getByTestId(id).getAttribute('title')).resolves.toMatch(/^Nothing to train in this lesson: it has no Trainer node/)
    }
    await page.close()
  }, 60_000)

  it('shows a trainer whose inputs failed as stopped, with the reason, instead of its last run', async () => {
    const page = await fresh('gd-vs-sgd')
    await page.getByTestId('toolbar-play').click()
    await expect.poll(() => page.getByTestId('status-state').textContent(), { timeout: 60_000 }).toBe('Done')
    const trainer = await appState<string>(page, '[...s.progress.keys()][0]')
    await page.getByTestId(`status-trainer-${trainer}`).click()
    // Delete what the trainer learns from: its loss.
    const loss = await appState<string>(page, `s.doc.connections.find((c) => c.to.node === '${trainer}' && c.to.port === 'loss').from.node`)
    await page.getByTestId(`node-${loss}`).getByTestId('node-title').click()
    await page.keyboard.press('Delete')
    await canvasSettled(page)
    await expect.poll(() => statusOf(page, trainer)).toBe('error')
    await expect.poll(() => page.getByTestId('status-state').textContent()).toBe('Stopped')
    await expect(page.getByTestId('status-error').textContent()).resolves.toMatch(/loss/)
    await page.close()
  }, 90_000)
})
