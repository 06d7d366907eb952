import type { Page } from 'playwright-core'
import type { LaunchedBrowser } from './browser.ts'

/**
 * The layout the canvas tests run in: the canvas with both panels, as before the board existed.
 * Tests of the board and of what a first visit shows pass `layout: null` (the app's default).
 */
export const CANVAS_LAYOUT = { mode: 'canvas', boardShare: 0.6, palette: true, inspector: true }

/** Opens the app on a fresh page and waits for a graph to be on the canvas. */
export async function openApp(chromium: LaunchedBrowser, url: string, firstNode = 'node-iris', options: { layout?: object | null } = {}): Promise<{ page: Page; errors: string[] }> {
  const page = await chromium.context.newPage()
  const layout = options.layout === undefined ? CANVAS_LAYOUT : options.layout
  // The browser's profile is shared by a file's tests: null forgets what an earlier test stored.
  if (layout !== null) await page.addInitScript((text) => localStorage.setItem('flowgrad.layout', text), JSON.stringify(layout))
  else await page.addInitScript(() => localStorage.removeItem('flowgrad.layout'))
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  // Playwright turns on file chooser interception when a 'filechooser' listener is added, but
  // does not wait for the browser to take it: a test that listens and at once presses Ctrl+O
  // can open the chooser before, and then waits for it in vain (CI saw it happen once).
  // Listening from the page's start keeps interception on before any test opens a chooser.
  page.on('filechooser', () => undefined)
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  await page.goto(url)
  await page.getByTestId(firstNode).waitFor({ timeout: 30_000 })
  await canvasSettled(page)
  return { page, errors }
}

/** Waits until the canvas shows the app's latest state, a load's zoom to fit included. */
export async function canvasSettled(page: Page): Promise<void> {
  await page.evaluate('window.flowgrad.settled()')
}

/** The app's state, read through the handle main.ts leaves on window. */
export async function appState<T>(page: Page, read: string): Promise<T> {
  return (await page.evaluate(`(() => { const s = window.flowgrad.store.state; return ${read} })()`)) as T
}

/** The current graph as JSON text, for comparing graphs exactly. */
export function graphJson(page: Page): Promise<string> {
  return appState<string>(page, 'JSON.stringify(s.doc)')
}

/** Opens an example through the Examples dialog, as a user does. */
export async function chooseExample(page: Page, id: string): Promise<void> {
  await page.getByTestId('toolbar-examples').click()
  await page.getByTestId(`example-${id}`).click()
  await page.getByTestId('examples').waitFor({ state: 'hidden' }).catch(() => undefined)
  await canvasSettled(page)
}

/**
 * Opens the app on a fresh page with an example, whatever an earlier test of the file left in
 * the autosave (the pages of a file share one browser profile, and the autosave is the user's).
 * The viewport is set first, so the example's zoom to fit is for that size.
 */
export async function openAppWith(chromium: LaunchedBrowser, url: string, example: string, viewport?: { width: number; height: number }): Promise<{ page: Page; errors: string[] }> {
  const opened = await openApp(chromium, url, 'canvas')
  if (viewport) await opened.page.setViewportSize(viewport)
  await chooseExample(opened.page, example)
  return opened
}

/** The app on a fresh page at a viewport size, with an example opened through the Examples dialog. */
export async function openExample(chromium: LaunchedBrowser, url: string, example: string, viewport = { width: 1440, height: 900 }): Promise<Page> {
  return (await openAppWith(chromium, url, example, viewport)).page
}

/**
 * Zooms the canvas out until the whole graph shows, below the readable minimum that opening a
 * graph and zoom to fit keep: tests that reach nodes all over a graph see them all, as before.
 */
export async function showWholeGraph(page: Page): Promise<void> {
  await page.evaluate('window.flowgrad.canvas?.zoomToFit(0)')
  await canvasSettled(page)
}

/**
 * Sets every trainer's speed with the toolbar's select, as a user does, and waits until the
 * graph holds it. Tests about what a run does, not how it is watched, train iris at 100 steps
 * per second instead of its lesson's 20: the same steps and numbers, in a fifth of the time.
 */
export async function trainAt(page: Page, speed: '1' | '5' | '20' | '100' | 'max'): Promise<void> {
  await page.getByTestId('toolbar-speed').selectOption(speed)
  // The select keeps the focus, and keys pressed in it stay there: Space would open it, not run.
  await page.getByTestId('toolbar-speed').evaluate((el) => (el as HTMLElement).blur())
  const speeds = () => appState<unknown[]>(page, "s.doc.nodes.filter((n) => n.type === 'train/trainer').map((n) => n.params.speed)")
  for (let i = 0; i < 100 && !(await speeds()).every((s) => s === speed); i++) await page.waitForTimeout(50)
}
