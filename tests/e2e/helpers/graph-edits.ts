import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { deflateRawSync } from 'node:zlib'
import type { Page } from 'playwright-core'
import { appState, showWholeGraph } from './app.ts'

/** Sets the keras-summary example's Dense units through the inspector, as a user does. */
export async function setDenseUnits(page: Page, units: number): Promise<void> {
  // Opening a graph zooms to a readable size around its plots: the Dense node may be off view.
  await showWholeGraph(page)
  await page.getByTestId('node-dense').getByTestId('node-title').click()
  await page.getByTestId('param-units-input').fill(String(units))
  await page.getByTestId('param-units-input').press('Enter')
}

/** The Dense units the app's document holds. */
export function denseUnits(page: Page): Promise<number | undefined> {
  return appState<number | undefined>(page, "s.doc.nodes.find((n) => n.id === 'dense')?.params.units")
}

/** A `#graph=` hash holding `text`, packed as the app packs it (raw deflate, base64url). */
export function linkHash(text: string): string {
  return `#graph=${deflateRawSync(Buffer.from(text, 'utf8')).toString('base64url')}`
}

/** The text of an example file. */
export function exampleText(id: string): string {
  return readFileSync(join(process.cwd(), `examples/${id}.flowgrad.json`), 'utf8')
}
