import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { useBrowserSession } from './helpers/session.ts'
import { appState, canvasSettled, chooseExample, graphJson, openApp } from './helpers/app.ts'
import { denseUnits, exampleText, linkHash, setDenseUnits } from './helpers/graph-edits.ts'

// A share link opens its graph once; it never takes the place of the user's later work.

const session = useBrowserSession()

/** The keras-summary example with its Dense units set to `units`, autosaved. */
async function earlierWork(units: number) {
  const opened = await openApp(session.chromium, session.app.url, 'canvas')
  await chooseExample(opened.page, 'keras-summary')
  await setDenseUnits(opened.page, units)
  await opened.page.waitForTimeout(1000)
  return opened
}

/** Follows a link to the app from elsewhere: a new page load, not a change of the hash. */
async function openLink(page: Page, hash: string): Promise<void> {
  await page.goto('about:blank')
  await page.goto(`${session.app.url}${hash}`)
}

describe('share links in the browser', () => {
  it('a shared link, edited and then reloaded, keeps the edit', async () => {
    const { page } = await openApp(session.chromium, session.app.url, 'canvas')
    await page.goto(`${session.app.url}${linkHash(exampleText('keras-summary'))}`)
    await page.getByTestId('node-dense').waitFor({ timeout: 30_000 })
    await canvasSettled(page)
    await setDenseUnits(page, 50)
    await page.waitForTimeout(1000)
    await page.reload()
    await page.getByTestId('node-dense').waitFor({ timeout: 30_000 })
    await expect.poll(() => denseUnits(page)).toBe(50)
    expect(new URL(page.url()).hash).toBe('')
    await page.close()
  }, 60_000)

  it('a link that inflates beyond the cap says so and leaves the earlier work open', async () => {
    const { page } = await earlierWork(21)
    const before = await graphJson(page)
    await openLink(page, linkHash('a'.repeat(6 * 1024 * 1024)))
    await page.getByTestId('problems').waitFor({ timeout: 30_000 })
    expect(await page.getByTestId('problems').textContent()).toMatch(/too large.*5 MB/)
    await page.getByTestId('node-dense').waitFor({ timeout: 30_000 })
    expect(await graphJson(page)).toBe(before)
    await page.close()
  }, 60_000)

  it('a broken link’s problems stay on screen until they are dismissed', async () => {
    const { page } = await openApp(session.chromium, session.app.url, 'canvas')
    await openLink(page, '#graph=bm90IGRlZmxhdGVk')
    await page.getByTestId('problems').waitFor({ timeout: 30_000 })
    await page.waitForTimeout(2000)
    expect(await page.getByTestId('problems').textContent()).toMatch(/link is damaged/)
    await page.getByTestId('problems-close').click()
    await page.getByTestId('problems').waitFor({ state: 'detached' })
    await page.close()
  }, 60_000)

  it('opening a link keeps the earlier graph in Recent, from where it opens again', async () => {
    const { page } = await earlierWork(22)
    const before = await graphJson(page)
    await openLink(page, linkHash(exampleText('gd-vs-sgd')))
    await expect.poll(() => appState<string>(page, 's.doc.meta.title'), { timeout: 30_000 }).toMatch(/Gradient descent/)
    await page.getByTestId('toolbar-recent').click()
    await page.getByTestId('recent').getByText('Counting parameters').first().click()
    await expect.poll(() => graphJson(page)).toBe(before)
    await page.close()
  }, 60_000)
})
