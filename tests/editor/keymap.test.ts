import { describe, expect, it } from 'vitest'
import { KEYMAP, keysText, shortcutFor, toolbarHints } from '../../src/editor/keymap.ts'

const press = (key: string, modifiers: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...modifiers,
})

describe('the keymap', () => {
  it('gives no two shortcuts the same keys', () => {
    const keys = KEYMAP.map(keysText)
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('finds every shortcut from the key press it describes', () => {
    for (const s of KEYMAP) expect(shortcutFor(press(s.key, { ctrlKey: s.mod, shiftKey: s.shift }))).toBe(s)
  })

  it('takes ⌘ for Ctrl, as on a Mac', () => {
    expect(shortcutFor(press('s', { metaKey: true }))?.command).toBe('save')
  })

  it('matches a capital letter, as Shift or Caps Lock type it', () => {
    expect(shortcutFor(press('Z', { ctrlKey: true, shiftKey: true }))?.command).toBe('redo')
  })

  it('leaves Ctrl+R to the browser rather than resetting training', () => {
    expect(shortcutFor(press('r', { ctrlKey: true }))).toBeNull()
  })

  it('ignores a key pressed with Alt', () => {
    expect(shortcutFor(press('s', { altKey: true }))).toBeNull()
  })

  it('writes keys as people do', () => {
    expect(KEYMAP.filter((s) => s.command === 'redo').map(keysText)).toEqual(['Ctrl+Shift+Z', 'Ctrl+Y'])
  })

  it('gives the toolbar the first key of each command, and Space for both Run and Pause', () => {
    expect(toolbarHints()).toEqual({
      play: 'Space', pause: 'Space', stepBatch: 'S', stepEpoch: 'E', reset: 'R', open: 'Ctrl+O', save: 'Ctrl+S',
      undo: 'Ctrl+Z', redo: 'Ctrl+Shift+Z', arrange: 'A', fit: 'F', present: 'P', teach: 'T',
    })
  })
})
