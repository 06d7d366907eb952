import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from './helpers/browser.ts'
import type { LaunchedBrowser } from './helpers/browser.ts'
import { serveFolder } from './helpers/static.ts'
import { appState } from './helpers/app.ts'

const root = fileURLToPath(new URL('../../', import.meta.url))
let site: { url: string; close(): Promise<void> }
let chromium: LaunchedBrowser

beforeAll(async () => {
  // Built into a sub-folder of a plain static server: no dev server, no special paths.
  const out = mkdtempSync(join(tmpdir(), 'flowgrad-dist-'))
  await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'error', build: { outDir: join(out, 'app'), emptyOutDir: true } })
  site = await serveFolder(out)
  chromium = await launchChromium()
}, 120_000)

afterAll(async () => {
  await chromium?.close()
  await site?.close()
})

describe('the built app on a static host', () => {
  it('opens with the default example and trains it in its worker', async () => {
    const page = await chromium.context.newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto(site.url)
    await page.getByTestId('node-iris').waitFor({ timeout: 30_000 })
    await page.getByTestId('toolbar-stepEpoch').click()
    await expect.poll(() => appState<number[]>(page, '[...s.progress.values()].map((p) => p.epoch)'), { timeout: 30_000 }).toEqual([1, 1])
    expect(errors).toEqual([])
    await page.close()
  }, 60_000)

  it('draws the board\'s training curves in the chart worker', async () => {
    const page = await chromium.context.newPage()
    await page.goto(site.url)
    await page.getByTestId('board-plot-curves').waitFor({ timeout: 30_000 })
    await page.getByTestId('toolbar-stepEpoch').click()
    // Loss and accuracy of both runs after one epoch.
    await expect.poll(() => page.getByTestId('board-plot-curves').getAttribute('data-point-count'), { timeout: 30_000 }).toBe('4')
    await page.close()
  }, 60_000)

  it('exports from the Export menu, the exporters loaded by the worker as a chunk of their own', async () => {
    const page = await chromium.context.newPage()
    await page.goto(site.url)
    await page.getByTestId('node-iris').waitFor({ timeout: 30_000 })
    const download = page.waitForEvent('download', { timeout: 60_000 })
    await page.getByTestId('toolbar-export').click()
    await page.getByTestId('export-keras').click()
    expect((await download).suggestedFilename()).toBe('standardization-matters-keras.zip')
    await page.close()
  }, 90_000)
})
