import { it } from 'vitest'
import { writeFileSync } from 'node:fs'
import { launchChromium } from './helpers/browser.ts'
import { startApp } from './helpers/server.ts'
import { openApp, appState, chooseExample } from './helpers/app.ts'
it('probe', async () => {
  const app = await startApp()
  const chromium = await launchChromium()
  const { page } = await openApp(chromium, app.url, 'canvas')
  await page.setViewportSize({ width: 1600, height: 900 })
  await chooseExample(page, 'iris-standardization')
  await page.getByTestId('node-fit-std').waitFor()
  await page.waitForTimeout(1000)
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[][] }
    w.longTasks = []
    new PerformanceObserver((list) => { for (const e of list.getEntries()) w.longTasks.push([e.startTime, e.duration]) }).observe({ type: 'longtask' })
  })
  const cdp = await chromium.context.newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  await cdp.send('Profiler.start')
  const t0 = await page.evaluate(() => performance.now())
  await page.getByTestId('toolbar-play').click()
  for (let i = 0; i < 200; i++) { const e = await appState<number[]>(page, '[...s.progress.values()].map((p) => p.epoch)'); if (e.every((x) => x === 100) && e.length === 2) break; await page.waitForTimeout(250) }
  const { profile } = await cdp.send('Profiler.stop') as { profile: any }
  const lt = await page.evaluate(() => (window as unknown as { longTasks: number[][] }).longTasks)
  console.log('LONG', JSON.stringify(lt), 't0', t0)
  writeFileSync('/tmp/page.cpuprofile', JSON.stringify(profile))
  await chromium.close(); await app.close()
}, 120000)
