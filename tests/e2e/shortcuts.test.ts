import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { KEYMAP, keysText } from '../../src/editor/keymap.ts'
import type { Shortcut, ShortcutCommand } from '../../src/editor/keymap.ts'
import { useBrowserSession } from './helpers/session.ts'
import { appState, openAppWith, showWholeGraph } from './helpers/app.ts'

// Every shortcut the keymap lists is pressed here, and its effect looked for in the page:
// a key added to the keymap without a check below fails, and so does one that does nothing.

const session = useBrowserSession()

/** Polls wait this long: the machine may be busy, and Arrange loads ELK when first pressed. */
const WAIT = { timeout: 20_000 }

type Effect = (page: Page, press: () => Promise<void>) => Promise<void>

const nodeIds = (page: Page) => appState<string[]>(page, 's.doc.nodes.map((n) => n.id)')
const progress = (page: Page, field: 'step' | 'epoch' | 'status') => appState<number | string>(page, `s.progress.get('fit-std')?.${field}`)
const positions = (page: Page) => appState<string>(page, 'JSON.stringify(s.doc.nodes.map((n) => n.position))')
/** The worker has built the trainer: a run command sent earlier would find no one to run. */
const trainerReady = (page: Page) => expect.poll(() => progress(page, 'status'), WAIT).toBe('idle')
const select = (page: Page, id: string) => page.getByTestId(`node-${id}`).getByTestId('node-title').click()
const addAdam = (page: Page) => page.getByTestId('palette-item-optimizer-adam').click()
const presenting = (page: Page) => page.locator('.fg-layout').evaluate((el) => el.hasAttribute('data-presenting'))
const pressKeys = (page: Page, label: string) => page.keyboard.press(playwrightKeys(shortcut(label)))

/** Deletes the selected node, whichever of the keymap's keys does it. */
const deletes: Effect = async (page, press) => {
  await select(page, 'std-adam')
  await press()
  await expect.poll(() => nodeIds(page), WAIT).not.toContain('std-adam')
}

/** Puts back the node the toolbar's Undo took away. */
const redoes: Effect = async (page, press) => {
  await addAdam(page)
  await expect.poll(() => nodeIds(page), WAIT).toContain('adam')
  await page.getByTestId('toolbar-undo').click()
  await expect.poll(() => nodeIds(page), WAIT).not.toContain('adam')
  await press()
  await expect.poll(() => nodeIds(page), WAIT).toContain('adam')
}

const EFFECTS: Readonly<Partial<Record<ShortcutCommand, Effect>>> = {
  runPause: async (page, press) => {
    await press()
    await expect.poll(() => progress(page, 'status'), WAIT).toBe('running')
    await press()
    await expect.poll(() => progress(page, 'status'), WAIT).not.toBe('running')
  },
  stepBatch: async (page, press) => {
    await press()
    await expect.poll(() => progress(page, 'step'), WAIT).toBe(1)
  },
  stepEpoch: async (page, press) => {
    await press()
    await expect.poll(() => progress(page, 'epoch'), WAIT).toBe(1)
  },
  reset: async (page, press) => {
    await pressKeys(page, 'S')
    await expect.poll(() => progress(page, 'step'), WAIT).toBe(1)
    await press()
    await expect.poll(() => progress(page, 'step'), WAIT).toBe(0)
  },
  open: async (page, press) => {
    const chooser = page.waitForEvent('filechooser')
    await press()
    await (await chooser).setFiles('examples/keras-summary.flowgrad.json')
    await expect.poll(() => nodeIds(page), WAIT).toContain('summary')
  },
  save: async (page, press) => {
    const download = page.waitForEvent('download')
    await press()
    expect((await download).suggestedFilename()).toBe('Standardization matters.flowgrad.json')
  },
  undo: async (page, press) => {
    await addAdam(page)
    await expect.poll(() => nodeIds(page), WAIT).toContain('adam')
    await press()
    await expect.poll(() => nodeIds(page), WAIT).not.toContain('adam')
  },
  redo: redoes,
  arrange: async (page, press) => {
    // Out of the layout first, so that arranging has something to change.
    await page.evaluate("window.flowgrad.store.moveNode('curves', [3000, 3000])")
    const before = await positions(page)
    await press()
    await expect.poll(() => positions(page), WAIT).not.toBe(before)
  },
  fit: async (page, press) => {
    const node = page.getByTestId('node-iris')
    await page.getByTestId('toolbar-fit').click()
    const fitted = (await node.boundingBox())?.width ?? 0
    const canvas = await page.getByTestId('canvas').boundingBox()
    if (!canvas) throw new Error('no canvas')
    await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2)
    for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -400)
    await expect.poll(async () => (await node.boundingBox())?.width ?? 0, WAIT).toBeGreaterThan(fitted * 1.2)
    await press()
    await expect.poll(async () => (await node.boundingBox())?.width ?? 0, WAIT).toBeCloseTo(fitted, 0)
  },
  deleteSelection: deletes,
  // The page starts in the canvas layout with both panels open (openApp's CANVAS_LAYOUT).
  togglePalette: async (page, press) => {
    await press()
    await expect.poll(() => page.locator('fg-palette').isVisible(), WAIT).toBe(false)
    await press()
    await expect.poll(() => page.locator('fg-palette').isVisible(), WAIT).toBe(true)
  },
  toggleInspector: async (page, press) => {
    await press()
    await expect.poll(() => page.locator('fg-inspector').isVisible(), WAIT).toBe(false)
    await press()
    await expect.poll(() => page.locator('fg-inspector').isVisible(), WAIT).toBe(true)
  },
  layoutSplit: async (page, press) => {
    await press()
    await page.getByTestId('board').waitFor(WAIT)
    await expect.poll(() => page.getByTestId('layout-divider').isVisible(), WAIT).toBe(true)
  },
  layoutBoard: async (page, press) => {
    await press()
    await page.getByTestId('board').waitFor(WAIT)
    await expect.poll(() => page.getByTestId('canvas').getAttribute('data-hidden'), WAIT).toBe('')
  },
  layoutCanvas: async (page, press) => {
    await pressKeys(page, '3')
    await page.getByTestId('board').waitFor(WAIT)
    await press()
    await expect.poll(() => page.getByTestId('board').count(), WAIT).toBe(0)
  },
  copy: async (page, press) => {
    await select(page, 'std-adam')
    await press()
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), WAIT).toContain('"id": "std-adam"')
  },
  paste: async (page, press) => {
    await select(page, 'std-adam')
    await pressKeys(page, 'Ctrl+C')
    await press()
    // The copy gets a fresh id from its type: "adam", as the graph has none yet.
    await expect.poll(() => nodeIds(page), WAIT).toContain('adam')
  },
  present: async (page, press) => {
    await press()
    await expect.poll(() => presenting(page), WAIT).toBe(true)
  },
  leavePresentation: async (page, press) => {
    await pressKeys(page, 'P')
    await expect.poll(() => presenting(page), WAIT).toBe(true)
    await press()
    await expect.poll(() => presenting(page), WAIT).toBe(false)
  },
  teach: async (page, press) => {
    await press()
    await expect.poll(() => page.locator('.fg-layout').getAttribute('data-teaching'), WAIT).toBe('')
    await press()
    await expect.poll(() => page.locator('.fg-layout').getAttribute('data-teaching'), WAIT).toBeNull()
  },
}

function shortcut(label: string): Shortcut {
  const found = KEYMAP.find((s) => keysText(s) === label)
  if (!found) throw new Error(`no shortcut ${label} in the keymap`)
  return found
}

/** The keymap's keys as Playwright presses them: "Control+Shift+z", "Space". */
function playwrightKeys(s: Shortcut): string {
  return [s.mod ? 'Control' : '', s.shift ? 'Shift' : '', s.key === ' ' ? 'Space' : s.key].filter((k) => k !== '').join('+')
}

describe('keyboard shortcuts in the browser', () => {
  it.each(KEYMAP.map((s) => [`${keysText(s)} (${s.label})`, s] as const))('%s works', async (_name, s) => {
    const effect = EFFECTS[s.command]
    if (!effect) throw new Error(`the keymap lists ${keysText(s)} for ${s.command}, but this test has no check of its effect`)
    const { page, errors } = await openAppWith(session.chromium, session.app.url, 'iris-standardization')
    await page.setViewportSize({ width: 1600, height: 900 })
    await trainerReady(page)
    await showWholeGraph(page)
    // Keys go to the page, not to a field: click the empty canvas first.
    await page.getByTestId('canvas').click({ position: { x: 5, y: 5 } })
    await effect(page, () => page.keyboard.press(playwrightKeys(s)))
    expect(errors).toEqual([])
    await page.close()
  }, 60_000)

  it('leaves shortcut letters typed into the graph title to the title', async () => {
    const { page } = await openAppWith(session.chromium, session.app.url, 'iris-standardization')
    await trainerReady(page)
    await page.getByTestId('toolbar-title').fill('')
    await page.getByTestId('toolbar-title').pressSequentially('Eases')
    expect(await page.getByTestId('toolbar-title').inputValue()).toBe('Eases')
    // The worker takes commands in order: had E stepped an epoch, it would show once S has.
    await page.getByTestId('canvas').click({ position: { x: 5, y: 5 } })
    await pressKeys(page, 'S')
    await expect.poll(() => progress(page, 'step'), WAIT).toBe(1)
    expect(await progress(page, 'epoch')).toBe(0)
    await page.close()
  }, 60_000)
})
