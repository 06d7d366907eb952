import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { tempDir } from '../../cli/helpers.ts'

/** Clicks Save and keeps the downloaded file; returns its path. */
export async function saveToFile(page: Page): Promise<string> {
  const download = page.waitForEvent('download')
  await page.getByTestId('toolbar-save').click()
  const path = join(tempDir(), (await download).suggestedFilename())
  await (await download).saveAs(path)
  return path
}

/** Clicks Open and picks a file from disk, or one made of this name and text. */
export async function openFile(page: Page, file: string | { name: string; text: string }): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await page.getByTestId('toolbar-open').click()
  const chosen = typeof file === 'string' ? file : { name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) }
  await (await chooser).setFiles(chosen)
}
