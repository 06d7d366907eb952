import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { encodeGraphHash } from '../../src/editor/persistence/share-link.ts'
import { useBrowserSession } from './helpers/session.ts'
import { canvasSettled } from './helpers/app.ts'
import { measureReadability } from './helpers/readability.ts'

// A class sees what a teacher projects: every example opened through a share link, with no
// click, must be readable (little text under 8 px) and show its lesson large (a chart over a
// quarter of the window) — at a laptop's 1440×900 and a projector's 1024×768.

const session = useBrowserSession()

const examples = readdirSync('examples').filter((f) => f.endsWith('.flowgrad.json')).map((f) => f.replace('.flowgrad.json', ''))
const VIEWPORTS = [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
] as const

/** Printed for the record: the figures behind each verdict. */
const figures: string[] = []

describe('every example opens as a readable lesson', () => {
  for (const viewport of VIEWPORTS) {
    for (const id of examples) {
      it(`${id} at ${viewport.width}×${viewport.height} has at most 5% of its text under 8 px and a chart over a quarter of the window`, async () => {
        const hash = await encodeGraphHash(readFileSync(`examples/${id}.flowgrad.json`, 'utf8'))
        const page = await session.chromium.context.newPage()
        await page.setViewportSize(viewport)
        await page.goto(`${session.app.url}${hash}`)
        await page.getByTestId('board').waitFor({ timeout: 30_000 })
        await canvasSettled(page)
        // The charts are painted once the worker has evaluated the graph.
        await page.waitForTimeout(1500)
        const r = await measureReadability(page)
        const small = r.smallChars / r.chars
        figures.push(`${id} ${viewport.width}×${viewport.height}: ${(100 * small).toFixed(1)}% of ${Math.round(r.chars)} characters under 8 px; largest chart ${(100 * r.largestChartShare).toFixed(1)}% of the window`)
        console.log(figures[figures.length - 1])
        expect(small).toBeLessThanOrEqual(0.05)
        expect(r.largestChartShare).toBeGreaterThanOrEqual(0.25)
        await page.close()
      }, 60_000)
    }
  }
})
