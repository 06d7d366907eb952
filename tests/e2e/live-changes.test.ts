import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useBrowserSession } from './helpers/session.ts'
import { appState, canvasSettled, openApp, showWholeGraph } from './helpers/app.ts'
import { dragConnection, dropNode } from './helpers/canvas.ts'
import { flowgrad, tempDir } from '../cli/helpers.ts'

const session = useBrowserSession()

interface Curves {
  panels: { metric: string; series: { name: string; y: number[] }[] }[]
  markers: { x: number; label: string }[]
}

describe('changing a running trainer’s optimizer and data in the browser', () => {
  it('swaps Adam for SGD by rewiring and turns standardization on mid-run: training carries on, two markers, and the CLI replays the same losses', async () => {
    const { page, errors } = await openApp(session.chromium, session.app.url)
    await page.setViewportSize({ width: 1600, height: 900 })
    await showWholeGraph(page)
    const epochOf = (id: string) => appState<number>(page, `s.progress.get('${id}')?.epoch ?? 0`)

    // Before the run: standardization off, and an SGD node beside the graph.
    await page.getByTestId('node-standardize').getByTestId('node-title').click()
    await page.getByTestId('param-enabled').uncheck()
    await dropNode(page, 'optimizer/sgd', 700, 60)
    await expect.poll(() => appState<boolean>(page, `s.doc.nodes.some((n) => n.id === 'sgd')`)).toBe(true)
    await canvasSettled(page)

    await page.getByTestId('toolbar-play').click()
    await expect.poll(() => epochOf('fit-std'), { timeout: 60_000, interval: 100 }).toBeGreaterThanOrEqual(10)

    const beforeSwap = await epochOf('fit-std')
    await dragConnection(page, ['sgd', 'optimizer'], ['fit-std', 'optimizer'])
    await expect.poll(() => appState<number>(page, 's.doc.tweaks.length'), { timeout: 10_000 }).toBe(1)
    expect(await epochOf('fit-std')).toBeGreaterThanOrEqual(beforeSwap)

    await expect.poll(() => epochOf('fit-std'), { timeout: 60_000, interval: 100 }).toBeGreaterThanOrEqual(beforeSwap + 10)
    const beforeOn = await epochOf('fit-std')
    await page.getByTestId('node-standardize').getByTestId('node-title').click()
    await page.getByTestId('param-enabled').check()
    await expect.poll(() => appState<number>(page, 's.doc.tweaks.length'), { timeout: 10_000 }).toBe(2)
    expect(await epochOf('fit-std')).toBeGreaterThanOrEqual(beforeOn)

    await expect.poll(() => epochOf('fit-std'), { timeout: 120_000, interval: 250 }).toBe(100)
    await expect.poll(() => epochOf('fit-raw'), { timeout: 120_000, interval: 250 }).toBe(100)
    const tweaks = await appState<{ node: string; label: string; step: number }[]>(page, 's.doc.tweaks')
    expect(tweaks).toMatchObject([
      { node: 'fit-std', input: 'optimizer', from: 'std-adam.optimizer', value: 'sgd.optimizer', label: 'Adam → SGD', trainer: 'fit-std' },
      { node: 'standardize', param: 'enabled', from: false, value: true, label: 'standardize on', trainer: 'fit-std' },
    ])

    const curvesView = () => appState<Curves>(page, `s.views.get('curves').chart`)
    const plotted = (c: Curves) => Math.min(...c.panels.filter((p) => p.metric === 'loss').flatMap((p) => p.series.map((s) => s.y.length)))
    await expect.poll(async () => plotted(await curvesView()), { timeout: 30_000, interval: 100 }).toBe(100)
    const curves = await curvesView()
    expect(curves.markers.map((m) => m.label)).toEqual(['With standardization: Adam → SGD', 'With standardization: standardize on'])

    const download = page.waitForEvent('download')
    await page.getByTestId('toolbar-save').click()
    const dir = tempDir()
    const saved = join(dir, (await download).suggestedFilename())
    await (await download).saveAs(saved)
    expect(JSON.parse(readFileSync(saved, 'utf8')).tweaks).toEqual(tweaks)

    const out = join(dir, 'out')
    expect(flowgrad(['run', saved, '--out', out]).code).toBe(0)
    const run = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')) as Record<string, { history: { loss: number }[] }>
    const browserLoss = (name: string) => curves.panels.find((p) => p.metric === 'loss')?.series.find((s) => s.name === name)?.y
    expect(run['fit-std'].history.map((h) => h.loss)).toEqual(browserLoss('With standardization'))
    expect(run['fit-raw'].history.map((h) => h.loss)).toEqual(browserLoss('Without standardization'))
    expect(errors).toEqual([])
    await page.close()
  }, 300_000)
})
