// Takes the README's screenshots: examples opened as lessons at 1440×900, training. npm run screenshots.
import { launchChromium } from '../tests/e2e/helpers/browser.ts'
import { startApp } from '../tests/e2e/helpers/server.ts'
import { appState, chooseExample } from '../tests/e2e/helpers/app.ts'
import type { Page } from 'playwright-core'

const OUT = 'docs/screenshots'

async function waitForEpoch(page: Page, trainer: string, epoch: number): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if ((await appState<number>(page, `s.progress.get('${trainer}')?.epoch ?? 0`)) >= epoch) return
    await page.waitForTimeout(100)
  }
  throw new Error(`${trainer} did not reach epoch ${epoch}`)
}

/** Opens an example as a first visit does (side by side, the lesson on the board) and trains it. */
async function lesson(page: Page, example: string, trainer: string, epoch: number, file: string): Promise<void> {
  await chooseExample(page, example)
  await page.getByTestId('board').waitFor()
  await page.getByTestId('toolbar-play').click()
  await waitForEpoch(page, trainer, epoch)
  // Charts are painted a few times a second, later on a busy machine: let the last paint land.
  await page.waitForTimeout(3000)
  await page.screenshot({ path: `${OUT}/${file}` })
}

const app = await startApp()
const chromium = await launchChromium()
try {
  const page = await chromium.context.newPage()
  await page.setViewportSize({ width: 1440, height: 900 })
  await page.goto(app.url)
  await page.getByTestId('canvas').waitFor()
  await lesson(page, 'iris-standardization', 'fit-std', 45, 'editor-iris.png')
  await page.getByTestId('toolbar-pause').click()
  await lesson(page, 'gd-vs-sgd', 'fit-sgd', 10, 'editor-gd-vs-sgd.png')
  console.log(`wrote ${OUT}/editor-iris.png and ${OUT}/editor-gd-vs-sgd.png`)
} finally {
  await chromium.close()
  await app.close()
}
