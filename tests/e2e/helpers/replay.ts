import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import { flowgrad, tempDir } from '../../cli/helpers.ts'

export interface SavedRun {
  /** The graph file the Save button downloaded, parsed. */
  readonly file: { tweaks: unknown[] }
  /** Each trainer's per-epoch losses when `flowgrad run` replays that file. */
  readonly losses: Record<string, number[]>
}

/** Saves the graph with the toolbar's Save, as a user does, and runs the file with the CLI. */
export async function saveAndReplay(page: Page): Promise<SavedRun> {
  const download = page.waitForEvent('download')
  await page.getByTestId('toolbar-save').click()
  const dir = tempDir()
  const saved = join(dir, (await download).suggestedFilename())
  await (await download).saveAs(saved)
  const out = join(dir, 'out')
  expect(flowgrad(['run', saved, '--out', out]).code).toBe(0)
  const run = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')) as Record<string, { history: { loss: number }[] }>
  const losses = Object.fromEntries(Object.entries(run).map(([id, r]) => [id, r.history.map((h) => h.loss)]))
  return { file: JSON.parse(readFileSync(saved, 'utf8')) as SavedRun['file'], losses }
}
