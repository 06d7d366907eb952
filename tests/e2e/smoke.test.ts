import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from './helpers/browser.ts'
import type { LaunchedBrowser } from './helpers/browser.ts'
import { startApp } from './helpers/server.ts'
import type { AppServer } from './helpers/server.ts'

let app: AppServer
let chromium: LaunchedBrowser

beforeAll(async () => {
  app = await startApp()
  chromium = await launchChromium()
}, 60_000)

afterAll(async () => {
  await chromium?.close()
  await app?.close()
})

describe('the app in Chromium', () => {
  it('trains the iris model in the page with the compute core and reports its accuracy', async () => {
    const page = await chromium.context.newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto(app.url)
    await expect.poll(() => page.getByTestId('summary').textContent()).toContain('Total params: 133635')
    await page.getByTestId('status').getByText('Done').waitFor({ timeout: 60_000 })
    const status = (await page.getByTestId('status').textContent()) ?? ''
    const accuracy = Number(/accuracy ([\d.]+)/.exec(status)?.[1])
    expect(accuracy).toBeGreaterThan(0.9)
    expect(errors).toEqual([])
    await page.close()
  }, 90_000)
})
