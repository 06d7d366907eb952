import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { useBrowserSession } from './helpers/session.ts'
import { appState, chooseExample, openApp, openExample } from './helpers/app.ts'

const session = useBrowserSession()
const WAIT = { timeout: 30_000 }

/** The median height of the board's rendered lines of text (title, description, controls, captions), in CSS pixels. */
function boardTextHeight(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = document.querySelector('fg-board')?.shadowRoot
    if (!root) return 0
    const heights: number[] = []
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if ((node as Text).data.trim() === '' || node.parentElement?.closest('style')) continue
      const range = document.createRange()
      range.selectNodeContents(node)
      for (const r of range.getClientRects()) if (r.width > 0 && r.height > 0) heights.push(r.height)
    }
    heights.sort((a, b) => a - b)
    return heights[Math.floor(heights.length / 2)] ?? 0
  })
}

const presenting = (page: Page) => page.locator('.fg-layout').evaluate((el) => el.hasAttribute('data-presenting'))
const boardWidthShare = (page: Page) => page.getByTestId('board').evaluate((el) => el.getBoundingClientRect().width / innerWidth)

/**
 * What the presentation toolbar cuts: each of its controls and figures that reaches past the
 * window's right edge, or past the status row that holds it, or (a trainer chip's figures)
 * past its chip, named by test id or text.
 */
function clippedInToolbar(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bar = document.querySelector('fg-toolbar')?.shadowRoot
    if (!bar) return ['no toolbar']
    const status = bar.querySelector('.status')?.getBoundingClientRect()
    const name = (el: Element) => el.getAttribute('data-testid') ?? `${el.tagName.toLowerCase()} "${el.textContent?.trim() ?? ''}"`
    const parts = [...bar.querySelectorAll('.bar > *, .group > *, .status > *, .trainers > *, .trainer > *'), ...(bar.querySelector('fg-speed')?.shadowRoot?.querySelectorAll('select, label') ?? [])]
    return parts.flatMap((el) => {
      const r = el.getBoundingClientRect()
      const holder = el.parentElement?.classList.contains('trainer') ? el.parentElement.getBoundingClientRect() : null
      const limit = holder ? Math.min(innerWidth, holder.right) : status && el.closest('.status') ? Math.min(innerWidth, status.right) : innerWidth
      return r.width > 0 && (r.right > limit + 0.5 || r.left < -0.5) ? [name(el)] : []
    })
  })
}

const toolbarHeight = (page: Page) => page.locator('fg-toolbar').evaluate((el) => el.getBoundingClientRect().height)

describe('presentation mode', () => {
  it('the Present button shows the board alone in larger type with the run controls, and Escape leaves it', async () => {
    const { page, errors } = await openApp(session.chromium, session.app.url, 'node-iris', { layout: null })
    await page.setViewportSize({ width: 1440, height: 900 })
    await page.getByTestId('board-plot-curves').waitFor(WAIT)
    const normal = { text: await boardTextHeight(page), share: await boardWidthShare(page) }
    await page.getByTestId('toolbar-present').click()
    await expect.poll(() => presenting(page), WAIT).toBe(true)
    await expect.poll(() => boardWidthShare(page), WAIT).toBeGreaterThan(0.97)
    const large = await boardTextHeight(page)
    // Chart text (titles, axis labels, legends) grows with the rest.
    const chartScale = Number(await page.getByTestId('board-plot-curves').getAttribute('text-scale'))
    expect({ normalShare: normal.share < 0.9, larger: large > normal.text * 1.4, chartScale: chartScale > 1.4 }).toEqual({ normalShare: true, larger: true, chartScale: true })
    await page.getByTestId('toolbar-play').waitFor({ state: 'visible' })
    await page.keyboard.press('Escape')
    await expect.poll(() => presenting(page), WAIT).toBe(false)
    expect({ text: await boardTextHeight(page), share: await boardWidthShare(page) }).toEqual(normal)
    expect(errors).toEqual([])
    await page.close()
  }, 120_000)

  it('the P key enters presentation mode, the run controls work there, and the Present button leaves it', async () => {
    const { page } = await openApp(session.chromium, session.app.url, 'node-iris', { layout: null })
    await page.setViewportSize({ width: 1024, height: 768 })
    // The worker has built the trainer: an Epoch sent earlier would find no one to run.
    await expect.poll(() => page.evaluate("window.flowgrad.store.state.progress.get('fit-std')?.status"), WAIT).toBe('idle')
    await page.keyboard.press('p')
    await expect.poll(() => presenting(page), WAIT).toBe(true)
    await page.getByTestId('toolbar-stepEpoch').click()
    await expect.poll(() => page.evaluate("window.flowgrad.store.state.progress.get('fit-std')?.epoch ?? 0"), WAIT).toBe(1)
    expect(await page.getByTestId('toolbar-present').getAttribute('title')).toContain('(Escape)')
    await page.getByTestId('toolbar-present').click()
    await expect.poll(() => presenting(page), WAIT).toBe(false)
    await page.close()
  }, 120_000)

  // Last: these open another example, which the autosave keeps for the pages that follow.
  // The spiral has one trainer (its loss beside the epoch); iris two and the optimizers race
  // five, each with a chip that shows its loss and picks it. Five chips fill a second row on a
  // projector's 1024 px rather than cut a loss.
  const ROWS = [
    { example: 'playground-spiral', shows: 'status-loss', rowsAt1024: 1 },
    { example: 'iris-standardization', shows: 'status-trainer-loss-fit-std', rowsAt1024: 1 },
    { example: 'optimizers-race', shows: 'status-trainer-loss-fit-rmsprop', rowsAt1024: 2 },
  ]
  for (const viewport of [{ width: 1024, height: 768 }, { width: 1440, height: 900 }]) {
    for (const { example, shows, rowsAt1024 } of ROWS) {
      const rows = viewport.width === 1024 ? rowsAt1024 : 1
      it(`at ${viewport.width}×${viewport.height} the toolbar is ${rows === 1 ? 'one row that shows' : `at most ${rows} rows that show`} every control and figure whole while ${example} trains`, async () => {
        const page = await openExample(session.chromium, session.app.url, example, viewport)
        await page.keyboard.press('p')
        await expect.poll(() => presenting(page), WAIT).toBe(true)
        await page.getByTestId('toolbar-play').click()
        // Running: the widest state, with the trainers' losses.
        await expect.poll(() => appState<boolean>(page, "[...s.progress.values()].every((p) => p.status === 'running' && p.loss !== null)"), WAIT).toBe(true)
        await page.getByTestId(shows).waitFor(WAIT)
        // Losses of a few digits may leave the five chips room on one row.
        const shown = Math.round((await toolbarHeight(page)) / 50)
        expect({ clipped: await clippedInToolbar(page), rows: shown >= 1 && shown <= rows }).toEqual({ clipped: [], rows: true })
        await page.close()
      }, 120_000)
    }
  }

  it('the spiral’s decision boundary, enlarged for presenting, is drawn to its new size: its title centred, not cut', async () => {
    const { page } = await openApp(session.chromium, session.app.url, 'canvas', { layout: null })
    await page.setViewportSize({ width: 1024, height: 768 })
    await chooseExample(page, 'playground-spiral')
    const chart = page.getByTestId('board-plot-boundary')
    await expect.poll(() => chart.getAttribute('data-point-count').then(Number), WAIT).toBeGreaterThan(0)
    await page.keyboard.press('p')
    await expect.poll(() => presenting(page), WAIT).toBe(true)
    await page.waitForTimeout(2000)
    // Where the dark pixels of the title's band lie, as a share of the chart's width (the expand button aside).
    const png = (await chart.screenshot()).toString('base64')
    const title = await page.evaluate(async (data) => {
      const image = new Image()
      image.src = `data:image/png;base64,${data}`
      await image.decode()
      const canvas = new OffscreenCanvas(image.width, image.height)
      const ctx = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D
      ctx.drawImage(image, 0, 0)
      const [top, bottom, right] = [Math.round(image.height * 0.02), Math.round(image.height * 0.14), image.width - 48]
      const { data: px } = ctx.getImageData(0, top, right, bottom - top)
      let [min, max] = [Infinity, -Infinity]
      for (let i = 0; i < px.length; i += 4) if (px[i] + px[i + 1] + px[i + 2] < 200) ((min = Math.min(min, (i / 4) % right)), (max = Math.max(max, (i / 4) % right)))
      return { from: min / image.width, to: max / image.width }
    }, png)
    expect((title.from + title.to) / 2).toBeGreaterThan(0.4)
    expect((title.from + title.to) / 2).toBeLessThan(0.6)
    expect(await chart.getAttribute('data-render-error')).toBeNull()
    await page.close()
  }, 120_000)
})
