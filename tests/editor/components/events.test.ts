// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import '../../../src/editor/components/fg-palette.ts'
import '../../../src/editor/components/fg-toolbar.ts'
import { isTypingTarget } from '../../../src/editor/components/events.ts'
import { byTestId, cleanup, mount } from './helpers.ts'

afterEach(cleanup)

function keyFrom(target: HTMLElement): KeyboardEvent {
  let seen: KeyboardEvent | null = null
  const listener = (e: Event): void => {
    seen = e as KeyboardEvent
  }
  document.addEventListener('keydown', listener)
  target.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true, composed: true }))
  document.removeEventListener('keydown', listener)
  if (!seen) throw new Error('no keydown reached the document')
  return seen
}

describe('isTypingTarget', () => {
  it('tells the app a key was typed into a text field inside a shadow root', async () => {
    const palette = await mount('fg-palette', { schemas: [] })
    const event = keyFrom(byTestId(palette, 'palette-search'))
    expect(isTypingTarget(event)).toBe(true)
  })

  it('leaves keys pressed on buttons to the app shortcuts', async () => {
    const toolbar = await mount('fg-toolbar', {})
    expect(isTypingTarget(keyFrom(byTestId(toolbar, 'toolbar-play')))).toBe(false)
  })
})
