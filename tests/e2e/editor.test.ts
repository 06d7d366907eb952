import { describe, expect, it } from 'vitest'
import { useBrowserSession } from './helpers/session.ts'
import { appState, chooseExample, openApp, trainAt } from './helpers/app.ts'

const session = useBrowserSession()

describe('the editor in Chromium', () => {
  it('opens the iris example from the Examples dialog and trains both runs to epoch 100, drawing both series', async () => {
    const { page, errors } = await openApp(session.chromium, session.app.url)
    await chooseExample(page, 'keras-summary')
    await page.getByTestId('node-iris').waitFor({ state: 'detached' })
    await chooseExample(page, 'iris-standardization')
    await page.getByTestId('node-fit-std').waitFor()
    await trainAt(page, '100')
    await page.getByTestId('toolbar-play').click()
    await expect.poll(() => appState<number[]>(page, '[...s.progress.values()].map((p) => p.epoch)'), { timeout: 90_000, interval: 500 }).toEqual([100, 100])
    await expect.poll(() => page.getByTestId('status-epoch').textContent()).toBe('100')
    const curves = page.getByTestId('node-curves').getByTestId('chart')
    await expect.poll(() => curves.getAttribute('data-series-count')).toBe('4')
    expect(errors).toEqual([])
    await page.close()
  }, 120_000)
})
