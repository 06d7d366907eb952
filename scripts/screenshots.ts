// Takes the README's screenshots of the editor with a graph running: npm run screenshots.
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

/** Zooms the canvas in by `steps` wheel notches with the pointer on a node. */
async function zoomAround(page: Page, testId: string, steps: number): Promise<void> {
  const box = await page.getByTestId(testId).boundingBox()
  if (!box) throw new Error(`${testId} is not visible`)
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  for (let i = 0; i < steps; i++) {
    await page.mouse.wheel(0, -200)
    await page.waitForTimeout(120)
  }
}

/** Drags the empty top of the canvas by (dx, dy) pixels. */
async function panCanvas(page: Page, dx: number, dy: number): Promise<void> {
  const canvas = await page.getByTestId('canvas').boundingBox()
  if (!canvas) throw new Error('the canvas is not visible')
  await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + 30)
  await page.mouse.down()
  await page.mouse.move(canvas.x + canvas.width / 2 + dx, canvas.y + 30 + dy, { steps: 8 })
  await page.mouse.up()
}

const app = await startApp()
const chromium = await launchChromium()
try {
  const page = await chromium.context.newPage()
  await page.setViewportSize({ width: 1440, height: 860 })
  await page.goto(app.url)
  await page.getByTestId('canvas').waitFor()

  await chooseExample(page, 'iris-standardization')
  await page.getByTestId('node-fit-std').waitFor()
  await page.getByTestId('toolbar-play').click()
  await waitForEpoch(page, 'fit-std', 30)
  // Zoom to fit shows all 22 nodes too small to read: zoom in on the trainers and their curves.
  await zoomAround(page, 'node-fit-std', 10)
  await panCanvas(page, -330, -60)
  await page.getByTestId('node-std-adam').getByTestId('node-title').click()
  await waitForEpoch(page, 'fit-std', 45)
  await page.waitForTimeout(400)
  await page.screenshot({ path: `${OUT}/editor-iris.png` })
  await page.getByTestId('toolbar-pause').click()

  await chooseExample(page, 'gd-vs-sgd')
  await page.getByTestId('node-fit-sgd').waitFor()
  await page.getByTestId('toolbar-play').click()
  await waitForEpoch(page, 'fit-sgd', 10)
  await page.waitForTimeout(600)
  await page.screenshot({ path: `${OUT}/editor-gd-vs-sgd.png` })
  console.log(`wrote ${OUT}/editor-iris.png and ${OUT}/editor-gd-vs-sgd.png`)
} finally {
  await chromium.close()
  await app.close()
}
