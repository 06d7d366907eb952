import { describe, expect, it } from 'vitest'
import type { TrajectoryChart } from '../../src/charts/data.ts'
import type { Connection, Tweak } from '../../src/graph/graph-file.ts'
import { useBrowserSession } from './helpers/session.ts'
import { appState, chooseExample, openApp, showWholeGraph } from './helpers/app.ts'
import { dragConnection } from './helpers/canvas.ts'
import { browserLosses, curvesOf, plottedEpochs, saveAndReplay } from './helpers/replay.ts'

const session = useBrowserSession()
const WAIT = { timeout: 30_000 }
/** The race's 20 points in minibatches of 4. */
const STEPS_PER_EPOCH = 5
/** The board beside the canvas and the inspector open: a teacher preparing a lesson. */
const TEACHER_LAYOUT = { mode: 'split', boardShare: 0.5, palette: false, inspector: true }

describe('an input pinned to the board', () => {
  it('switches the optimizers race’s SGD runner to Adam mid-run: it carries on, its path is marked “SGD → Adam”, and the CLI replays the same losses', async () => {
    const { page, errors } = await openApp(session.chromium, session.app.url, 'canvas', { layout: null })
    await page.setViewportSize({ width: 1440, height: 900 })
    await chooseExample(page, 'optimizers-race')
    const choice = page.getByTestId('board-fit-sgd-input-optimizer')
    await choice.waitFor(WAIT)
    const chosenLabel = () => choice.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent?.trim())
    expect(await chosenLabel()).toBe('SGD')
    // The race draws paths, not losses: a curves plot on the SGD runner shows the browser's per-epoch losses.
    await page.evaluate(`(() => {
      const store = window.flowgrad.store
      const id = store.addNode('plot/training-curves', [952, 1100])
      store.connect({ from: { node: 'fit-sgd', port: 'training' }, to: { node: id, port: 'runs' } })
    })()`)
    const probe = await appState<string>(page, "s.doc.nodes.find((n) => n.type === 'plot/training-curves').id")
    const epochOf = () => appState<number>(page, "s.progress.get('fit-sgd')?.epoch ?? 0")
    const stepOf = () => appState<number>(page, "s.progress.get('fit-sgd')?.step ?? 0")

    await page.getByTestId('toolbar-play').click()
    await expect.poll(epochOf, { timeout: 60_000, interval: 100 }).toBeGreaterThanOrEqual(6)
    // The choice is made on a paused run at an epoch's first step: the case where the browser's
    // engine and the CLI's once disagreed in the last bit of one epoch's loss (their Math.log1p;
    // the core now computes with src/core/math.ts), and a running trainer's step cannot be aimed at.
    await page.getByTestId('toolbar-pause').click()
    await expect.poll(() => appState<string>(page, "s.progress.get('fit-sgd')?.status"), WAIT).toBe('paused')
    while ((await stepOf()) % STEPS_PER_EPOCH !== 0) {
      const step = await stepOf()
      await page.getByTestId('toolbar-stepBatch').click()
      await expect.poll(stepOf, WAIT).toBe(step + 1)
    }
    const [beforeSwap, swapStep] = [await epochOf(), await stepOf()]
    await choice.selectOption({ label: 'Adam' })
    await expect.poll(() => appState<number>(page, 's.doc.tweaks.length'), { timeout: 10_000 }).toBe(1)
    expect(await chosenLabel()).toBe('Adam')
    expect(await epochOf()).toBe(beforeSwap)
    await page.getByTestId('toolbar-play').click()
    const fed = await appState<Connection[]>(page, "s.doc.connections.filter((c) => c.to.node === 'fit-sgd' && c.to.port === 'optimizer')")
    expect(fed.map((c) => c.from)).toEqual([{ node: 'adam', port: 'optimizer' }])

    await expect.poll(epochOf, { timeout: 120_000, interval: 250 }).toBe(20)
    const tweaks = await appState<Tweak[]>(page, 's.doc.tweaks')
    expect(tweaks).toMatchObject([{ node: 'fit-sgd', input: 'optimizer', from: 'sgd.optimizer', value: 'adam.optimizer', label: 'SGD → Adam', trainer: 'fit-sgd', step: swapStep }])
    expect(beforeSwap).toBeGreaterThanOrEqual(6)
    // No restart: one curve of all 20 epochs, marked where the optimizer changed.
    await expect.poll(async () => plottedEpochs(await curvesOf(page, probe)), { timeout: 30_000, interval: 100 }).toBe(20)
    const curves = await curvesOf(page, probe)
    expect(curves.markers.map((m) => m.label)).toEqual(['SGD → Adam'])
    const race = await appState<TrajectoryChart>(page, "s.views.get('race').chart")
    const sgdPath = race.paths.find((p) => p.name === 'SGD')
    expect(sgdPath?.marks?.map((m) => m.label)).toEqual(['SGD → Adam'])

    const { file: saved, losses, runs } = await saveAndReplay(page)
    expect(saved.tweaks).toEqual(tweaks)
    expect(saved.connections).toContainEqual({ from: { node: 'adam', port: 'optimizer' }, to: { node: 'fit-sgd', port: 'optimizer' } })
    expect(saved.board?.controls).toContainEqual({ node: 'fit-sgd', input: 'optimizer' })
    expect(losses['fit-sgd']).toEqual(browserLosses(curves, 'SGD'))
    expect(runs['fit-sgd'].trajectory?.map((w) => [w[0], w[1]])).toEqual(sgdPath?.points)
    expect(errors).toEqual([])
    await page.close()
  }, 300_000)

  it('pins a trainer’s optimizer from the inspector’s inputs: the board then offers the graph’s optimizers by title', async () => {
    const { page } = await openApp(session.chromium, session.app.url, 'canvas', { layout: TEACHER_LAYOUT })
    await page.setViewportSize({ width: 1440, height: 900 })
    await chooseExample(page, 'iris-standardization')
    await page.evaluate("window.flowgrad.store.select(['fit-raw'])")
    await page.getByTestId('input-optimizer-pin').click()
    const choice = page.getByTestId('board-fit-raw-input-optimizer')
    await choice.waitFor(WAIT)
    expect(await choice.locator('option').allTextContents()).toEqual(['Adam (raw)', 'Adam (standardized)'])
    expect(await appState<unknown[]>(page, 's.doc.board.controls')).toContainEqual({ node: 'fit-raw', input: 'optimizer' })
    await page.close()
  }, 60_000)

  it('a teacher’s lock on the choice leaves students seeing it but unable to change it, on the board or by a wire', async () => {
    const { page } = await openApp(session.chromium, session.app.url, 'canvas', { layout: TEACHER_LAYOUT })
    await page.setViewportSize({ width: 1440, height: 900 })
    await chooseExample(page, 'optimizers-race')
    await page.getByTestId('toolbar-teach').click()
    await page.getByTestId('board-fit-sgd-input-optimizer-lock').click()
    await expect.poll(() => appState<unknown>(page, 's.doc.board.lesson'), WAIT).toEqual({ locked: [{ node: 'fit-sgd', input: 'optimizer' }], hidden: [] })
    await page.getByTestId('toolbar-teach').click()
    await page.getByTestId('board-fit-sgd-input-optimizer-locked').waitFor(WAIT)
    expect(await page.getByTestId('board-fit-sgd-input-optimizer').isDisabled()).toBe(true)
    await showWholeGraph(page)
    await dragConnection(page, ['adam', 'optimizer'], ['fit-sgd', 'optimizer'])
    await expect.poll(() => appState<string | null>(page, 's.toast'), WAIT).not.toBeNull()
    expect(await appState<string | null>(page, 's.toast')).toBe('The optimizer of SGD is locked by the teacher.')
    expect(await appState<unknown[]>(page, "s.doc.connections.filter((c) => c.to.node === 'fit-sgd' && c.to.port === 'optimizer').map((c) => c.from.node)")).toEqual(['sgd'])
    await page.close()
  }, 60_000)
})

