import { describe, expect, it } from 'vitest'
import { useBrowserSession } from './helpers/session.ts'
import { appState, chooseExample, openApp } from './helpers/app.ts'

const session = useBrowserSession()

describe('widening the playground’s first layer while it trains', () => {
  it('a drag of the board’s units slider carries the run on and is one tweak, one marker', async () => {
    const { page, errors } = await openApp(session.chromium, session.app.url, 'canvas', { layout: null })
    await page.setViewportSize({ width: 1440, height: 900 })
    await chooseExample(page, 'playground-spiral')
    const epoch = () => appState<number>(page, `s.progress.get('fit')?.epoch ?? 0`)
    await page.getByTestId('toolbar-play').click()
    await expect.poll(epoch, { timeout: 60_000, interval: 100 }).toBeGreaterThanOrEqual(20)

    // Drag the thumb of the pinned "units" slider to the right with the mouse, as a teacher does.
    const slider = page.getByTestId('board-hidden1-param-units-slider')
    const box = await slider.boundingBox()
    if (!box) throw new Error('the units slider is not on the board')
    // The thumb sits where the slider's own value puts it (whatever its scale); drag it a few px right.
    const at = await slider.evaluate((el) => {
      const input = el as HTMLInputElement
      return (Number(input.value) - Number(input.min)) / (Number(input.max) - Number(input.min))
    })
    const x = box.x + 8 + at * (box.width - 16)
    await page.mouse.move(x, box.y + box.height / 2)
    await page.mouse.down()
    for (let k = 1; k <= 4; k++) {
      await page.mouse.move(x + 2 * k, box.y + box.height / 2)
      await page.waitForTimeout(60)
    }
    await page.mouse.up()
    const units = () => appState<number>(page, `s.doc.nodes.find((n) => n.id === 'hidden1').params.units`)
    const tweak = () => appState<{ value: number } | undefined>(page, 's.doc.tweaks.at(-1)')
    // The drag's last value reaches the run and its one tweak.
    await expect.poll(async () => (await tweak())?.value, { timeout: 10_000 }).toBe(await units())
    const widened = await units()
    expect(widened).toBeGreaterThan(16)
    expect(await appState<unknown[]>(page, 's.doc.tweaks')).toMatchObject([{ node: 'hidden1', param: 'units', from: 16, value: widened, label: `+${widened - 16} units in Hidden layer 1` }])
    expect(await epoch()).toBeGreaterThanOrEqual(20)
    await expect.poll(epoch, { timeout: 60_000, interval: 100 }).toBeGreaterThanOrEqual(30)
    const markers = await appState<{ label: string }[]>(page, `s.views.get('curves').chart.markers`)
    expect(markers.map((m) => m.label)).toEqual([`+${widened - 16} units in Hidden layer 1`])
    expect(errors).toEqual([])
    await page.close()
  }, 200_000)
})
