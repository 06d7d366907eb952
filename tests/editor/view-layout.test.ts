import { describe, expect, it } from 'vitest'
import { LayoutStore, defaultLayout, readLayout } from '../../src/editor/view-layout.ts'

function memory(): Pick<Storage, 'getItem' | 'setItem'> & { items: Map<string, string> } {
  const items = new Map<string, string>()
  return { items, getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) }
}

describe('the page layout', () => {
  it('starts side by side, with the palette closed on a projector and the inspector below 1600 px', () => {
    expect([defaultLayout(1024), defaultLayout(1440), defaultLayout(1600)].map((l) => [l.mode, l.palette, l.inspector])).toEqual([
      ['split', false, false],
      ['split', true, false],
      ['split', true, true],
    ])
  })

  it('is remembered across visits', () => {
    const storage = memory()
    new LayoutStore(storage, 1440).command('layoutBoard')
    expect(new LayoutStore(storage, 1440).layout.mode).toBe('board')
  })

  it('falls back to the default when what is stored cannot be read', () => {
    expect(readLayout('{not json', 1440)).toEqual(defaultLayout(1440))
  })

  it('keeps the board\'s share of the width between a fifth and four fifths', () => {
    const layouts = new LayoutStore(memory(), 1440)
    layouts.setBoardShare(0.95)
    expect(layouts.layout.boardShare).toBe(0.8)
  })

  it('toggles the palette', () => {
    const layouts = new LayoutStore(memory(), 1440)
    layouts.command('togglePalette')
    expect(layouts.layout.palette).toBe(false)
  })
})
