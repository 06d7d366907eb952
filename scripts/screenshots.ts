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
  await waitForEpoch(page, 'fit-std', 45)
  await page.getByTestId('node-std-adam').getByTestId('node-title').click()
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
