import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from './helpers/browser.ts'
import type { LaunchedBrowser } from './helpers/browser.ts'
import { serveFolder } from './helpers/static.ts'
import { PAGE_LESSONS, buildEmbedSite, plainPage, writeSiteFile } from './helpers/embed-site.ts'
import { encodeGraphHash } from '../../src/editor/persistence/share-link.ts'

const examples = fileURLToPath(new URL('../../examples/', import.meta.url))
let folder: string
let site: { url: string; close(): Promise<void> }
let origin: string
let chromium: LaunchedBrowser

beforeAll(async () => {
  folder = await buildEmbedSite()
  site = await serveFolder(folder)
  origin = new URL(site.url).origin
  chromium = await launchChromium()
}, 180_000)

afterAll(async () => {
  await chromium?.close()
  await site?.close()
})

async function openPage(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await chromium.context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  await page.goto(`${origin}/${path}`)
  return { page, errors }
}

/** What the app keeps in the browser: IndexedDB's databases and the "flowgrad" store, and localStorage. */
function storedByApp(page: Page): Promise<unknown> {
  return page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name).sort()
    const graphs = await new Promise<Record<string, string>>((resolve, reject) => {
      const request = indexedDB.open('flowgrad')
      request.onerror = () => reject(request.error)
      request.onsuccess = () => {
        const db = request.result
        const tx = db.transaction('graphs')
        const keys = tx.objectStore('graphs').getAllKeys()
        const values = tx.objectStore('graphs').getAll()
        tx.oncomplete = () => {
          db.close()
          resolve(Object.fromEntries(keys.result.map((k, i) => [String(k), JSON.stringify(values.result[i])])))
        }
      }
    })
    return { names, graphs, local: { ...localStorage } }
  })
}

const lesson = (page: Page, id: string): Locator => page.locator(`flowgrad-lesson#${id}`)

function exampleTitle(id: string): string {
  return (JSON.parse(readFileSync(`${examples}${id}.flowgrad.json`, 'utf8')) as { meta: { title: string } }).meta.title
}

describe('embedded lessons on a plain static page', () => {
  it('a page with two lessons side by side shows both boards and trains both, each with its own controls and worker, leaving the app’s autosave as it was', async () => {
    // The app, used first on this site, autosaves its default example.
    const app = await openPage('app/')
    await app.page.getByTestId('node-iris').waitFor({ timeout: 30_000 })
    await expect.poll(async () => Object.keys(((await storedByApp(app.page)) as { graphs: object }).graphs), { timeout: 10_000 }).toContain('autosave')
    await app.page.close()
    const probe = await openPage('course/week-1/gd-vs-sgd.flowgrad.json')
    const before = await storedByApp(probe.page)
    await probe.page.close()

    const { page, errors } = await openPage('course/week-1/')
    await page.setViewportSize({ width: 1440, height: 900 })
    for (const id of PAGE_LESSONS) {
      await expect.poll(() => lesson(page, id).getByTestId('board-title').textContent(), { timeout: 30_000 }).toBe(exampleTitle(id))
      await lesson(page, id).getByTestId('toolbar-speed').selectOption('max')
    }
    // A runtime worker per lesson (the charts of both boards draw in the page's one chart worker).
    expect(page.workers().filter((w) => w.url().includes('runtime-worker'))).toHaveLength(2)
    const [first, second] = PAGE_LESSONS
    await lesson(page, first).getByTestId('lesson-play').click()
    // Running, or already done: at full speed the first lesson may finish within a poll.
    await expect.poll(() => lesson(page, first).getByTestId('lesson-state').textContent()).not.toBe('Ready')
    // The other lesson has its own state: it waits for its own Run.
    expect(await lesson(page, second).getByTestId('lesson-state').textContent()).toBe('Ready')
    expect(await lesson(page, second).getByTestId('lesson-epoch').textContent()).toBe('0')
    await lesson(page, second).getByTestId('lesson-play').click()

    for (const id of PAGE_LESSONS) {
      const bar = lesson(page, id)
      await expect.poll(() => bar.getByTestId('lesson-state').textContent(), { timeout: 60_000 }).toBe('Done')
      expect(await bar.getByTestId('lesson-epoch').textContent()).toBe(await bar.getByTestId('lesson-epochs').textContent())
    }
    // The iris curves: loss and accuracy for two trainers, one point per epoch (100).
    const curves = lesson(page, 'iris-standardization').getByTestId('board-plot-curves')
    await expect.poll(() => curves.getAttribute('data-point-count')).toBe('400')
    for (const node of ['gd-path', 'sgd-path']) {
      const path = lesson(page, 'gd-vs-sgd').getByTestId(`board-plot-${node}`)
      expect(Number(await path.getAttribute('data-point-count'))).toBeGreaterThan(0)
    }
    expect(await storedByApp(page)).toEqual(before)
    expect(errors).toEqual([])
    await page.close()
  }, 150_000)

  it('“Open in Flowgrad” opens the lesson’s graph in the app beside the element’s script', async () => {
    const { page } = await openPage('course/week-1/')
    const link = lesson(page, 'gd-vs-sgd').getByTestId('lesson-open-app')
    await link.waitFor({ timeout: 30_000 })
    const href = (await link.getAttribute('href')) ?? ''
    expect(href.startsWith(`${origin}/app/index.html#graph=`)).toBe(true)
    await page.goto(href)
    await expect.poll(() => page.evaluate('window.flowgrad?.store.state.doc.meta.title'), { timeout: 30_000 }).toBe(exampleTitle('gd-vs-sgd'))
    await page.close()
  }, 60_000)

  it('the embed page shows the graph of its #graph= link in an iframe and trains it', async () => {
    const hash = await encodeGraphHash(readFileSync(`${examples}gd-vs-sgd.flowgrad.json`, 'utf8'))
    writeSiteFile(folder, 'course/iframe.html', `<!doctype html><html><head><link rel="icon" href="data:," /></head><body>
<iframe src="../app/embed.html${hash}" style="width: 720px; height: 640px; border: 1px solid #ccc"></iframe></body></html>`)
    const { page, errors } = await openPage('course/iframe.html')
    const frame = page.frameLocator('iframe')
    await expect.poll(() => frame.getByTestId('board-title').textContent(), { timeout: 30_000 }).toBe(exampleTitle('gd-vs-sgd'))
    await frame.getByTestId('toolbar-speed').selectOption('max')
    await frame.getByTestId('lesson-play').click()
    await expect.poll(() => frame.getByTestId('lesson-state').textContent(), { timeout: 60_000 }).toBe('Done')
    expect(await frame.getByTestId('lesson-epoch').textContent()).toBe('10')
    expect(errors).toEqual([])
    await page.close()
  }, 90_000)

  it('a lesson whose file is missing says so, naming its URL', async () => {
    writeSiteFile(folder, 'course/missing.html', plainPage(1, '<flowgrad-lesson id="gone" src="lessons/gone.flowgrad.json"></flowgrad-lesson>'))
    const { page } = await openPage('course/missing.html')
    const problem = lesson(page, 'gone').getByTestId('lesson-problem')
    await expect.poll(() => problem.textContent(), { timeout: 30_000 }).toContain(`${origin}/course/lessons/gone.flowgrad.json could not be loaded`)
    expect(await problem.textContent()).toContain('404')
    await page.close()
  }, 60_000)

  it('a lesson whose file is damaged lists its problems with their JSON paths', async () => {
    const file = JSON.parse(readFileSync(`${examples}gd-vs-sgd.flowgrad.json`, 'utf8')) as { nodes: { params: Record<string, unknown> }[] }
    file.nodes[0].params = 'none' as unknown as Record<string, unknown>
    writeSiteFile(folder, 'course/damaged.flowgrad.json', JSON.stringify(file))
    writeSiteFile(folder, 'course/damaged.html', plainPage(1, '<flowgrad-lesson id="bad" src="damaged.flowgrad.json"></flowgrad-lesson>'))
    const { page } = await openPage('course/damaged.html')
    const problem = lesson(page, 'bad').getByTestId('lesson-problem')
    await expect.poll(() => problem.textContent(), { timeout: 30_000 }).toContain(`${origin}/course/damaged.flowgrad.json is not a Flowgrad graph`)
    expect(await problem.textContent()).toContain('nodes[0].params')
    await page.close()
  }, 60_000)

  it('the embed page with a damaged #graph= link says the link is damaged', async () => {
    const { page } = await openPage('app/embed.html#graph=not-a-graph')
    await expect.poll(() => page.getByTestId('lesson-problem').textContent(), { timeout: 30_000 }).toContain('the shared link is damaged')
    await page.close()
  }, 60_000)
})
