import { describe, expect, it } from 'vitest'
import { useBrowserSession } from './helpers/session.ts'
import { appState, canvasSettled, openApp, showWholeGraph, trainAt } from './helpers/app.ts'
import { dragConnection, dropNode } from './helpers/canvas.ts'
import { browserLosses, curvesOf, plottedEpochs, saveAndReplay } from './helpers/replay.ts'

const session = useBrowserSession()

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

    await trainAt(page, '100')
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

    await expect.poll(async () => plottedEpochs(await curvesOf(page, 'curves')), { timeout: 30_000, interval: 100 }).toBe(100)
    const curves = await curvesOf(page, 'curves')
    expect(curves.markers.map((m) => m.label)).toEqual(['With standardization: Adam → SGD', 'With standardization: standardize on'])

    const saved = await saveAndReplay(page)
    expect(saved.file.tweaks).toEqual(tweaks)
    expect(saved.losses['fit-std']).toEqual(browserLosses(curves, 'With standardization'))
    expect(saved.losses['fit-raw']).toEqual(browserLosses(curves, 'Without standardization'))
    expect(errors).toEqual([])
    await page.close()
  }, 300_000)
})
