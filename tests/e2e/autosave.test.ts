import { describe, expect, it } from 'vitest'
import { useBrowserSession } from './helpers/session.ts'
import { canvasSettled, chooseExample, openApp } from './helpers/app.ts'
import { denseUnits, setDenseUnits } from './helpers/graph-edits.ts'

// The autosave is the user's: it keeps the last change and says when another tab wrote it.

const session = useBrowserSession()

describe('the autosave in the browser', () => {
  it('a change followed by a reload 100 ms later is kept', async () => {
    const { page } = await openApp(session.chromium, session.app.url, 'canvas')
    await chooseExample(page, 'keras-summary')
    await page.waitForTimeout(1000)
    await setDenseUnits(page, 37)
    await page.waitForTimeout(100)
    await page.reload()
    await page.getByTestId('node-dense').waitFor({ timeout: 30_000 })
    await expect.poll(() => denseUnits(page)).toBe(37)
    await page.close()
  }, 60_000)

  it('a tab whose graph another tab changed says so', async () => {
    const { page: first } = await openApp(session.chromium, session.app.url, 'canvas')
    await chooseExample(first, 'keras-summary')
    await first.waitForTimeout(1000)
    const { page: second } = await openApp(session.chromium, session.app.url, 'node-dense')
    await canvasSettled(second)
    await setDenseUnits(second, 44)
    await first.getByTestId('notice').waitFor({ timeout: 30_000 })
    expect(await first.getByTestId('notice').textContent()).toMatch(/another tab/)
    await second.close()
    await first.close()
  }, 60_000)
})
