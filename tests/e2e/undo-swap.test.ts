import { describe, expect, it } from 'vitest'
import type { TrajectoryChart } from '../../src/charts/data.ts'
import type { Tweak } from '../../src/graph/graph-file.ts'
import { useBrowserSession } from './helpers/session.ts'
import { appState, chooseExample, openApp } from './helpers/app.ts'
import { saveAndReplay } from './helpers/replay.ts'

const session = useBrowserSession()
const WAIT = { timeout: 30_000 }

describe('undoing a live change', () => {
  it('an Undo of the race’s swap to Adam carries the SGD runner on with its weights, marks both changes, and the CLI replays the same path', async () => {
    const { page, errors } = await openApp(session.chromium, session.app.url, 'canvas', { layout: null })
    await page.setViewportSize({ width: 1440, height: 900 })
    await chooseExample(page, 'optimizers-race')
    const choice = page.getByTestId('board-fit-sgd-input-optimizer')
    await choice.waitFor(WAIT)
    const stepOf = () => appState<number>(page, "s.progress.get('fit-sgd')?.step ?? 0")
    const stepBatch = async () => {
      const step = await stepOf()
      await page.getByTestId('toolbar-stepBatch').click()
      await expect.poll(stepOf, WAIT).toBe(step + 1)
    }

    for (let i = 0; i < 7; i++) await stepBatch()
    await choice.selectOption({ label: 'Adam' })
    await expect.poll(() => appState<number>(page, 's.doc.tweaks.length'), WAIT).toBe(1)
    for (let i = 0; i < 3; i++) await stepBatch()
    await page.getByTestId('toolbar-undo').click()
    await expect.poll(() => appState<number>(page, 's.doc.tweaks.length'), WAIT).toBe(2)
    expect(await choice.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent?.trim())).toBe('SGD')
    // Carried on, not restarted: the runner is still at step 10.
    expect(await stepOf()).toBe(10)
    expect((await appState<Tweak[]>(page, 's.doc.tweaks')).map((t) => [t.label, t.step])).toEqual([['SGD → Adam', 7], ['Adam → SGD', 10]])

    await page.getByTestId('toolbar-play').click()
    await expect.poll(() => appState<number>(page, "s.progress.get('fit-sgd')?.epoch ?? 0"), { timeout: 120_000, interval: 250 }).toBe(20)
    const race = await appState<TrajectoryChart>(page, "s.views.get('race').chart")
    const sgdPath = race.paths.find((p) => p.name === 'SGD')
    expect(sgdPath?.marks?.map((m) => m.label)).toEqual(['SGD → Adam', 'Adam → SGD'])
    const { runs } = await saveAndReplay(page)
    expect(runs['fit-sgd'].trajectory?.map((w) => [w[0], w[1]])).toEqual(sgdPath?.points)
    expect(errors).toEqual([])
    await page.close()
  }, 240_000)
})
