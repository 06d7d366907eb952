import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useBrowserSession } from './helpers/session.ts'
import { appState, openApp, trainAt } from './helpers/app.ts'
import { flowgrad, tempDir } from '../cli/helpers.ts'

const session = useBrowserSession()

interface Curves {
  panels: { metric: string; series: { name: string; y: number[] }[] }[]
  markers: { x: number; label: string }[]
}

describe('live tweaking in the browser', () => {
  it('applies a learning-rate drag mid-run without restarting, marks it, saves it, and the CLI replays the run exactly', async () => {
    const { page, errors } = await openApp(session.chromium, session.app.url)
    await page.setViewportSize({ width: 1600, height: 900 })
    const epochOf = (id: string) => appState<number>(page, `s.progress.get('${id}')?.epoch ?? 0`)
    await trainAt(page, '100')
    await page.getByTestId('toolbar-play').click()
    await expect.poll(() => epochOf('fit-std'), { timeout: 60_000, interval: 100 }).toBeGreaterThanOrEqual(10)

    await page.getByTestId('node-std-adam').getByTestId('node-title').click()
    const slider = page.getByTestId('param-learningRate-slider')
    const box = await slider.boundingBox()
    if (!box) throw new Error('the learning-rate slider is not visible')
    const before = await epochOf('fit-std')
    await page.mouse.click(box.x + box.width * 0.62, box.y + box.height / 2)
    const after = await epochOf('fit-std')
    expect(after).toBeGreaterThanOrEqual(before)

    await expect.poll(() => epochOf('fit-std'), { timeout: 90_000, interval: 250 }).toBe(100)
    await expect.poll(() => epochOf('fit-raw'), { timeout: 90_000, interval: 250 }).toBe(100)
    const tweaks = await appState<{ node: string; param: string; value: number; step: number }[]>(page, 's.doc.tweaks')
    expect(tweaks).toHaveLength(1)
    expect(tweaks[0]).toMatchObject({ node: 'std-adam', param: 'learningRate', trainer: 'fit-std', from: 0.001 })
    expect(tweaks[0].step).toBeGreaterThan(0)

    // The trainers' progress reaches epoch 100 one frame before the plot node that draws it.
    const curvesView = () => appState<Curves>(page, `s.views.get('curves').chart`)
    const plotted = (c: Curves) => Math.min(...c.panels.filter((p) => p.metric === 'loss').flatMap((p) => p.series.map((s) => s.y.length)))
    await expect.poll(async () => plotted(await curvesView()), { timeout: 30_000, interval: 100 }).toBe(100)
    const curves = await curvesView()
    expect(curves.markers.map((m) => m.label)).toEqual([`With standardization: lr 0.001 → ${tweaks[0].value}`])
    await expect.poll(() => page.getByTestId('node-curves').getByText(/lr 0\.001 → /).count()).toBeGreaterThan(0)

    const download = page.waitForEvent('download')
    await page.getByTestId('toolbar-save').click()
    const dir = tempDir()
    const saved = join(dir, (await download).suggestedFilename())
    await (await download).saveAs(saved)
    expect(saved.endsWith('Standardization matters.flowgrad.json')).toBe(true)
    expect(JSON.parse(readFileSync(saved, 'utf8')).tweaks).toEqual(tweaks)

    const out = join(dir, 'out')
    expect(flowgrad(['run', saved, '--out', out]).code).toBe(0)
    const run = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')) as Record<string, { history: { loss: number }[]; tweaks: unknown[] }>
    const browserLoss = (name: string) => curves.panels.find((p) => p.metric === 'loss')?.series.find((s) => s.name === name)?.y
    expect(run['fit-std'].history.map((h) => h.loss)).toEqual(browserLoss('With standardization'))
    expect(run['fit-raw'].history.map((h) => h.loss)).toEqual(browserLoss('Without standardization'))
    expect(run['fit-std'].tweaks).toEqual(tweaks)
    expect(errors).toEqual([])
    await page.close()
  }, 180_000)
})
