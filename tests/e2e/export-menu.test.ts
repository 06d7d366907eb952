import { readFileSync } from 'node:fs'
import { unzipSync } from 'fflate'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useBrowserSession } from './helpers/session.ts'
import { openExample } from './helpers/app.ts'

// The editor's Export menu downloads, as one zip, the folder `flowgrad export` writes.

const session = useBrowserSession()

/** Chooses an entry of the Export menu and returns the downloaded file's name and bytes. */
async function exportFromMenu(page: Page, to: string): Promise<{ name: string; bytes: Uint8Array }> {
  const download = page.waitForEvent('download', { timeout: 120_000 })
  await page.getByTestId('toolbar-export').click()
  await page.getByTestId(`export-${to}`).click()
  const file = await download
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path()) ?? '') }
}

describe('the Export menu', () => {
  it('downloads the iris example for PyTorch as a zip holding train.py, the data and the initial weights', async () => {
    const page = await openExample(session.chromium, session.app.url, 'iris-standardization')
    const { name, bytes } = await exportFromMenu(page, 'pytorch')
    const files = unzipSync(bytes)
    const folder = 'standardization-matters-pytorch'
    expect(name).toBe(`${folder}.zip`)
    expect(Object.keys(files)).toEqual(expect.arrayContaining([`${folder}/train.py`, `${folder}/initial_weights.npz`, `${folder}/data/iris.csv`]))
    expect(new TextDecoder().decode(files[`${folder}/train.py`])).toContain('import torch')
    await page.close()
  }, 180_000)

  it('says why a graph without a trainer cannot be exported, and downloads nothing', async () => {
    const page = await openExample(session.chromium, session.app.url, 'iris-standardization')
    let downloads = 0
    page.on('download', () => downloads++)
    await page.getByTestId('toolbar-new').click()
    await page.getByTestId('toolbar-export').click()
    await page.getByTestId('export-keras').click()
    await expect.poll(() => page.getByTestId('problems-title').textContent(), { timeout: 30_000 }).toBe('The graph was not exported to Keras')
    expect(await page.getByTestId('problem').allTextContents()).toEqual([expect.stringContaining('has no trainer: nothing to export')])
    expect(downloads).toBe(0)
    await page.close()
  }, 120_000)
})
