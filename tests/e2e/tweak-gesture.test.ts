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

describe('one gesture, one tweak', () => {
  it('records an 80 px learning-rate drag during training as one tweak and one marker, which the CLI replays exactly', async () => {
    const { page, errors } = await openApp(session.chromium, session.app.url)
    await page.setViewportSize({ width: 1600, height: 900 })
    const epochOf = (id: string) => appState<number>(page, `s.progress.get('${id}')?.epoch ?? 0`)
    await page.getByTestId('node-std-adam').getByTestId('node-title').click()
    const slider = page.getByTestId('param-learningRate-slider')
    const box = await slider.boundingBox()
    if (!box) throw new Error('the learning-rate slider is not visible')
    await trainAt(page, '100')
    await page.getByTestId('toolbar-play').click()
    await expect.poll(() => epochOf('fit-std'), { timeout: 60_000, interval: 50 }).toBeGreaterThanOrEqual(3)

    // One motion: press on the slider, move 80 px in small steps over about half a second
    // (training takes several steps meanwhile, each with the value of the moment), release.
    const y = box.y + box.height / 2
    const x = box.x + box.width * 0.3
    await page.mouse.move(x, y)
    await page.mouse.down()
    for (let dx = 8; dx <= 80; dx += 8) {
      await page.mouse.move(x + dx, y)
      await page.waitForTimeout(50)
    }
    await page.mouse.up()

    await expect.poll(() => epochOf('fit-std'), { timeout: 90_000, interval: 250 }).toBe(100)
    await expect.poll(() => epochOf('fit-raw'), { timeout: 90_000, interval: 250 }).toBe(100)
    const tweaks = await appState<{ node: string; param: string; value: number; from: number; path?: unknown[] }[]>(page, 's.doc.tweaks')
    expect(tweaks).toHaveLength(1)
    expect(tweaks[0]).toMatchObject({ node: 'std-adam', param: 'learningRate', trainer: 'fit-std', from: 0.001 })
    // The drag applied several values while training ran: the one tweak holds their path.
    expect(tweaks[0].path?.length ?? 1).toBeGreaterThan(1)

    const curvesView = () => appState<Curves>(page, `s.views.get('curves').chart`)
    const plotted = (c: Curves) => Math.min(...c.panels.filter((p) => p.metric === 'loss').flatMap((p) => p.series.map((s) => s.y.length)))
    await expect.poll(async () => plotted(await curvesView()), { timeout: 30_000, interval: 100 }).toBe(100)
    const curves = await curvesView()
    expect(curves.markers).toHaveLength(1)

    const download = page.waitForEvent('download')
    await page.getByTestId('toolbar-save').click()
    const dir = tempDir()
    const saved = join(dir, (await download).suggestedFilename())
    await (await download).saveAs(saved)
    expect(JSON.parse(readFileSync(saved, 'utf8')).tweaks).toEqual(tweaks)
    const out = join(dir, 'out')
    expect(flowgrad(['run', saved, '--out', out]).code).toBe(0)
    const run = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')) as Record<string, { history: { loss: number }[] }>
    const browserLoss = curves.panels.find((p) => p.metric === 'loss')?.series.find((s) => s.name === 'With standardization')?.y
    expect(run['fit-std'].history.map((h) => h.loss)).toEqual(browserLoss)
    expect(errors).toEqual([])
    await page.close()
  }, 180_000)
})
