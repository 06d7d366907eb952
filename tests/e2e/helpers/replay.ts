import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import type { GraphDocument } from '../../../src/graph/graph-file.ts'
import { flowgrad, tempDir } from '../../cli/helpers.ts'
import { appState } from './app.ts'

/** What `flowgrad run` recorded for one trainer in run.json. */
export interface ReplayedRun {
  readonly history: { loss: number }[]
  /** The weights per step, when the trainer records its trajectory. */
  readonly trajectory?: number[][]
}

export interface SavedRun {
  /** The graph file the Save button downloaded, parsed. */
  readonly file: GraphDocument
  /** Each trainer's per-epoch losses when `flowgrad run` replays that file. */
  readonly losses: Record<string, number[]>
  /** Each trainer's whole record in the replay's run.json. */
  readonly runs: Record<string, ReplayedRun>
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
  const runs = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')) as Record<string, ReplayedRun>
  const losses = Object.fromEntries(Object.entries(runs).map(([id, r]) => [id, r.history.map((h) => h.loss)]))
  return { file: JSON.parse(readFileSync(saved, 'utf8')) as GraphDocument, losses, runs }
}

/** A training-curves chart as the app holds it: per-metric series and the live-change markers. */
export interface Curves {
  panels: { metric: string; series: { name: string; y: number[] }[] }[]
  markers: { x: number; label: string }[]
}

/** The chart a training-curves node shows now. */
export function curvesOf(page: Page, node: string): Promise<Curves> {
  return appState<Curves>(page, `s.views.get('${node}').chart`)
}

/** How many epochs every loss series of the chart shows (the fewest, while they grow). */
export function plottedEpochs(curves: Curves): number {
  return Math.min(...curves.panels.filter((p) => p.metric === 'loss').flatMap((p) => p.series.map((s) => s.y.length)))
}

/** The per-epoch losses the browser drew for one run (its series name is the trainer's title). */
export function browserLosses(curves: Curves, name: string): number[] | undefined {
  return curves.panels.find((p) => p.metric === 'loss')?.series.find((s) => s.name === name)?.y
}
