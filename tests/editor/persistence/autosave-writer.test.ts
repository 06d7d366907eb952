import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { AutosaveWriter } from '../../../src/editor/persistence/autosave-writer.ts'
import type { AutosaveRecord } from '../../../src/editor/persistence/autosave.ts'

// No IndexedDB under Node: the writes fail quietly, and the writer's reports are what is checked.

function writer(): { writer: AutosaveWriter; written: string[] } {
  const written: string[] = []
  return { writer: new AutosaveWriter('tab-1', (r: AutosaveRecord) => written.push(r.text), 400), written }
}

describe('the autosave writer', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('writes the latest text once per delay', () => {
    const { writer: w, written } = writer()
    w.schedule('a')
    w.schedule('b')
    vi.advanceTimersByTime(400)
    expect(written).toEqual(['b'])
  })

  it('writes a pending change at once when flushed, before the delay is over', () => {
    const { writer: w, written } = writer()
    w.schedule('a')
    vi.advanceTimersByTime(100)
    w.flush()
    expect(written).toEqual(['a'])
    vi.advanceTimersByTime(400)
    expect(written).toEqual(['a'])
  })

  it('writes nothing when flushed with nothing pending', () => {
    const { writer: w, written } = writer()
    w.flush()
    expect(written).toEqual([])
  })

  it('does not write again the text the autosave holds', () => {
    const { writer: w, written } = writer()
    w.holds('saved')
    w.schedule('saved')
    vi.advanceTimersByTime(400)
    expect(written).toEqual([])
  })

  it('drops a pending change undone back to the saved text', () => {
    const { writer: w, written } = writer()
    w.holds('saved')
    w.schedule('edited')
    w.schedule('saved')
    vi.advanceTimersByTime(400)
    expect(written).toEqual([])
  })
})
