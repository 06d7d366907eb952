import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { useBrowserSession } from './helpers/session.ts'
import { appState, chooseExample, openApp } from './helpers/app.ts'

const session = useBrowserSession()

const examples = readdirSync('examples').filter((f) => f.endsWith('.flowgrad.json')).map((f) => f.replace('.flowgrad.json', ''))

describe('every example in the editor', () => {
  it('lists every example file in the Examples dialog', async () => {
    const { page } = await openApp(session.chromium, session.app.url, 'canvas')
    await page.getByTestId('toolbar-examples').click()
    for (const id of examples) await page.getByTestId(`example-${id}`).waitFor()
    await page.close()
  })

  it('shows every example whole in the Examples dialog at 1024×768, without scrolling', async () => {
    const { page } = await openApp(session.chromium, session.app.url, 'canvas')
    await page.setViewportSize({ width: 1024, height: 768 })
    await page.getByTestId('toolbar-examples').click()
    const dialog = page.getByTestId('examples')
    await dialog.waitFor()
    // A card is cut when it reaches past the dialog's scrolling body.
    const cut = await dialog.evaluate((el) => {
      const body = el.querySelector('.body')?.getBoundingClientRect()
      if (!body) return ['no body']
      return [...el.querySelectorAll('.choice')].flatMap((card) => {
        const r = card.getBoundingClientRect()
        return r.top < body.top - 0.5 || r.bottom > body.bottom + 0.5 ? [card.getAttribute('data-testid') ?? '?'] : []
      })
    })
    expect({ cards: await dialog.locator('.choice').count(), cut }).toEqual({ cards: examples.length, cut: [] })
    await page.close()
  })

  for (const id of examples) {
    it(`opens ${id} with no error shown on any node`, async () => {
      const { page, errors } = await openApp(session.chromium, session.app.url, 'canvas')
      await chooseExample(page, id)
      await expect.poll(() => appState<number>(page, 's.views.size'), { timeout: 30_000 }).toBeGreaterThan(0)
      await expect
        .poll(() => appState<string[]>(page, "s.doc.nodes.filter((n) => !['ready', 'running'].includes(s.views.get(n.id)?.status)).map((n) => n.id + ': ' + (s.views.get(n.id)?.status ?? 'none'))"), { timeout: 30_000 })
        .toEqual([])
      expect(await page.getByTestId('node-error').count()).toBe(0)
      expect(await page.getByTestId('problems').isVisible().catch(() => false)).toBe(false)
      expect(errors).toEqual([])
      await page.close()
    }, 60_000)
  }
})
