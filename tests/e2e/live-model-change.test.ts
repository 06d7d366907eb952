import { describe, expect, it } from 'vitest'
import { useBrowserSession } from './helpers/session.ts'
import { appState, openAppWith, showWholeGraph, trainAt } from './helpers/app.ts'
import { saveAndReplay } from './helpers/replay.ts'

const session = useBrowserSession()

interface Curves {
  panels: { metric: string; series: { name: string; y: number[] }[] }[]
  markers: { x: number; label: string }[]
}

describe('changing a running model in the browser', () => {
  it('widening a layer in the inspector mid-run carries the training on, marks it, and the CLI replays the same losses', async () => {
    const { page, errors } = await openAppWith(session.chromium, session.app.url, 'iris-standardization', { width: 1600, height: 900 })
    await showWholeGraph(page)
    const epochOf = (id: string) => appState<number>(page, `s.progress.get('${id}')?.epoch ?? 0`)

    await trainAt(page, '100')
    await page.getByTestId('toolbar-play').click()
    await expect.poll(() => epochOf('fit-std'), { timeout: 60_000, interval: 100 }).toBeGreaterThanOrEqual(10)
    const before = await epochOf('fit-std')
    await page.getByTestId('node-std-model').getByTestId('node-title').click()
    const units = page.getByTestId('layer-0-units')
    await units.fill('320')
    await units.press('Enter')
    await expect.poll(() => appState<number>(page, 's.doc.tweaks.length'), { timeout: 10_000 }).toBe(1)
    expect(await epochOf('fit-std')).toBeGreaterThanOrEqual(before)

    await expect.poll(() => epochOf('fit-std'), { timeout: 180_000, interval: 250 }).toBe(100)
    await expect.poll(() => epochOf('fit-raw'), { timeout: 60_000, interval: 250 }).toBe(100)
    const tweaks = await appState<unknown[]>(page, 's.doc.tweaks')
    expect(tweaks).toMatchObject([{ node: 'std-model', param: 'layers', label: '+64 units in layer 1', trainer: 'fit-std' }])

    const curvesView = () => appState<Curves>(page, `s.views.get('curves').chart`)
    const plotted = (c: Curves) => Math.min(...c.panels.filter((p) => p.metric === 'loss').flatMap((p) => p.series.map((s) => s.y.length)))
    await expect.poll(async () => plotted(await curvesView()), { timeout: 30_000, interval: 100 }).toBe(100)
    const curves = await curvesView()
    expect(curves.markers.map((m) => m.label)).toEqual(['With standardization: +64 units in layer 1'])
    // One run throughout: a restart would have left an earlier segment and started the epochs again.
    const loss = curves.panels.find((p) => p.metric === 'loss')?.series.find((s) => s.name === 'With standardization')?.y ?? []
    expect(loss).toHaveLength(100)

    const saved = await saveAndReplay(page)
    expect(saved.file.tweaks).toEqual(tweaks)
    expect(saved.losses['fit-std']).toEqual(loss)
    expect(errors).toEqual([])
    await page.close()
  }, 400_000)
})
