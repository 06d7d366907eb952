import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { useBrowserSession } from './helpers/session.ts'
import { appState, openExample } from './helpers/app.ts'
import { textOverPlot } from './helpers/chart-pixels.ts'

const session = useBrowserSession()
const WAIT = { timeout: 30_000 }
const SIZES = [{ width: 1440, height: 900 }, { width: 1024, height: 768 }]

const presenting = (page: Page) => page.locator('.fg-layout').evaluate((el) => el.hasAttribute('data-presenting'))
const epochOf = (page: Page, trainer: string) => appState<number>(page, `s.progress.get('${trainer}')?.epoch ?? -1`)

/** Waits for the worker to have built every trainer: a run command sent earlier finds no one to run. */
async function trainersReady(page: Page, trainers: readonly string[]): Promise<void> {
  for (const t of trainers) await expect.poll(() => appState<string>(page, `s.progress.get('${t}')?.status`), WAIT).toBe('idle')
}

describe('presenting a lesson', () => {
  it('entering presentation shows the board from its title, and leaving gives back where the board was scrolled', async () => {
    const page = await openExample(session.chromium, session.app.url, 'vanishing-gradients')
    await page.keyboard.press('3')
    const board = page.getByTestId('board')
    await board.evaluate((el) => el.scrollTo(0, 400))
    const scrolled = await board.evaluate((el) => el.scrollTop)
    await page.keyboard.press('p')
    await expect.poll(() => presenting(page), WAIT).toBe(true)
    await expect.poll(() => board.evaluate((el) => el.scrollTop), WAIT).toBe(0)
    await page.keyboard.press('Escape')
    await expect.poll(() => presenting(page), WAIT).toBe(false)
    expect({ before: scrolled > 100, after: await board.evaluate((el) => el.scrollTop) }).toEqual({ before: true, after: scrolled })
    await page.close()
  }, 120_000)

  it('with two trainers the presentation shows each one’s loss, in the colour its curves are drawn in', async () => {
    const page = await openExample(session.chromium, session.app.url, 'iris-standardization')
    await trainersReady(page, ['fit-raw', 'fit-std'])
    await page.keyboard.press('p')
    await expect.poll(() => presenting(page), WAIT).toBe(true)
    await page.getByTestId('toolbar-stepEpoch').click()
    await expect.poll(async () => [await epochOf(page, 'fit-raw'), await epochOf(page, 'fit-std')], WAIT).toEqual([1, 1])
    const shown = async (trainer: string) => ({
      loss: await page.getByTestId(`status-trainer-loss-${trainer}`).textContent(),
      colour: await page.getByTestId(`status-swatch-${trainer}`).evaluate((el) => getComputedStyle(el).backgroundColor),
    })
    // The curves colour their runs by the order the chart names them (the Tableau palette).
    const names = await appState<string[]>(page, "s.views.get('curves').chart.panels[0].series.map((x) => x.name)")
    const palette = ['rgb(78, 121, 167)', 'rgb(242, 142, 43)']
    const loss = (trainer: string) => appState<number>(page, `s.progress.get('${trainer}').loss`)
    const expected = async (trainer: string, label: string) => ({ loss: String(Number((await loss(trainer)).toPrecision(4))), colour: palette[names.indexOf(label)] })
    expect({ raw: await shown('fit-raw'), std: await shown('fit-std') })
      .toEqual({ raw: await expected('fit-raw', 'Without standardization'), std: await expected('fit-std', 'With standardization') })
    expect(await page.getByTestId('status-epoch').textContent()).toBe('1')
    await page.close()
  }, 120_000)

  it('presenting, a trainer’s chip picks it alone for the run controls, and the other shows its own epoch', async () => {
    const page = await openExample(session.chromium, session.app.url, 'iris-standardization', SIZES[1])
    await trainersReady(page, ['fit-raw', 'fit-std'])
    await page.keyboard.press('p')
    await expect.poll(() => presenting(page), WAIT).toBe(true)
    await page.getByTestId('status-trainer-fit-std').click()
    await expect.poll(() => page.getByTestId('status-trainer-fit-std').getAttribute('aria-pressed'), WAIT).toBe('true')
    await page.getByTestId('toolbar-stepEpoch').click()
    await expect.poll(() => epochOf(page, 'fit-std'), WAIT).toBe(1)
    expect(await epochOf(page, 'fit-raw')).toBe(0)
    expect({ shown: await page.getByTestId('status-epoch').textContent(), other: await page.getByTestId('status-trainer-epoch-fit-raw').textContent() }).toEqual({ shown: '1', other: '0/100' })
    await page.getByTestId('status-trainer-all').click()
    await expect.poll(() => appState<string | null>(page, 's.trainerFocus'), WAIT).toBeNull()
    await page.close()
  }, 120_000)

  it('presenting, a toast’s type grows as the board’s does', async () => {
    // A graph without a trainer: Epoch (E) says why it does nothing, in a toast.
    const page = await openExample(session.chromium, session.app.url, 'activation-derivatives')
    await page.keyboard.press('3')
    const toastSize = async () => {
      await page.keyboard.press('e')
      const toast = page.getByTestId('toast')
      await toast.waitFor(WAIT)
      return toast.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
    }
    const normal = await toastSize()
    await page.getByTestId('toast').waitFor({ state: 'detached', timeout: 30_000 })
    await page.keyboard.press('p')
    await expect.poll(() => presenting(page), WAIT).toBe(true)
    expect(await toastSize()).toBeGreaterThan(normal * 1.5)
    await page.close()
  }, 120_000)

  for (const viewport of SIZES) {
    it(`at ${viewport.width}×${viewport.height} the per-layer gradient charts’ legends lie above their plots, on the board and presenting`, async () => {
      const page = await openExample(session.chromium, session.app.url, 'vanishing-gradients', viewport)
      await page.keyboard.press('3')
      await trainersReady(page, ['fit-sig', 'fit-relu'])
      await page.getByTestId('toolbar-stepEpoch').click()
      const charts = ['sig-steps', 'relu-steps'].map((id) => page.getByTestId(`board-plot-${id}`))
      for (const chart of charts) await expect.poll(() => chart.getAttribute('data-series-count').then(Number), WAIT).toBe(8)
      const overlaps = async () => {
        const out: number[] = []
        for (const chart of charts) {
          await chart.scrollIntoViewIfNeeded()
          await page.waitForTimeout(500)
          out.push(await textOverPlot(chart))
        }
        return out
      }
      const board = await overlaps()
      await page.keyboard.press('p')
      await expect.poll(() => presenting(page), WAIT).toBe(true)
      await page.waitForTimeout(1500)
      expect({ board, presenting: await overlaps() }).toEqual({ board: [0, 0], presenting: [0, 0] })
      await page.close()
    }, 120_000)
  }
})
