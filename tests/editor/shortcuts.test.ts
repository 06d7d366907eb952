// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { KEYMAP, isViewCommand, keysText } from '../../src/editor/keymap.ts'
import type { Shortcut } from '../../src/editor/keymap.ts'
import { onShortcutKey } from '../../src/editor/shortcuts.ts'
import type { ShortcutTarget } from '../../src/editor/shortcuts.ts'

/** A target that writes down what the keys asked of it. */
function recorder(running = false, presenting = false): ShortcutTarget & { calls: string[] } {
  const calls: string[] = []
  return {
    calls,
    command: (c) => calls.push(`command ${c}`),
    running: () => running,
    deleteSelection: () => calls.push('deleteSelection'),
    view: (c) => calls.push(`view ${c}`),
    presenting: () => presenting,
  }
}

/** Presses the shortcut's keys on `from` and hands the event to the handler, as main.ts does. */
function pressOn(shortcut: Shortcut, target: ShortcutTarget, from: HTMLElement = document.body): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key: shortcut.key, ctrlKey: shortcut.mod, shiftKey: shortcut.shift, bubbles: true, cancelable: true, composed: true })
  const listener = (e: Event) => onShortcutKey(e as KeyboardEvent, target)
  document.addEventListener('keydown', listener)
  from.dispatchEvent(event)
  document.removeEventListener('keydown', listener)
  return event
}

const shortcut = (label: string): Shortcut => {
  const found = KEYMAP.find((s) => keysText(s) === label)
  if (!found) throw new Error(`no shortcut ${label} in the keymap`)
  return found
}

/** The call a shortcut's command should make on a target whose training is stopped. */
function expectedCall(s: Shortcut): string[] {
  if (s.command === 'copy' || s.command === 'paste') return []
  if (s.command === 'runPause') return ['command play']
  if (s.command === 'deleteSelection') return ['deleteSelection']
  // Escape does nothing outside presentation mode (tested below).
  if (s.command === 'leavePresentation') return []
  if (isViewCommand(s.command)) return [`view ${s.command}`]
  return [`command ${s.command}`]
}

afterEach(() => document.body.replaceChildren())

describe('keyboard shortcuts', () => {
  it.each(KEYMAP.map((s) => [keysText(s), s] as const))('%s resolves to a command the app handles', (_keys, s) => {
    const target = recorder()
    pressOn(s, target)
    expect(target.calls).toEqual(expectedCall(s))
  })

  it('keeps the browser from acting on a handled key too (Ctrl+S would save the page)', () => {
    expect(pressOn(shortcut('Ctrl+S'), recorder()).defaultPrevented).toBe(true)
  })

  it('leaves Ctrl+C to the browser, whose copy event the app handles', () => {
    expect(pressOn(shortcut('Ctrl+C'), recorder()).defaultPrevented).toBe(false)
  })

  it('leaves Ctrl+V to the browser, whose paste event the app handles', () => {
    expect(pressOn(shortcut('Ctrl+V'), recorder()).defaultPrevented).toBe(false)
  })

  it('pauses with Space while training runs', () => {
    const target = recorder(true)
    pressOn(shortcut('Space'), target)
    expect(target.calls).toEqual(['command pause'])
  })

  it('does not step while training runs, as the Step button is disabled then', () => {
    const target = recorder(true)
    pressOn(shortcut('S'), target)
    expect(target.calls).toEqual([])
  })

  it('leaves presentation mode with Escape while presenting', () => {
    const target = recorder(false, true)
    pressOn(shortcut('Escape'), target)
    expect(target.calls).toEqual(['command present'])
  })

  it('leaves Escape to dialogs and fields when not presenting', () => {
    const target = recorder()
    const event = pressOn(shortcut('Escape'), target)
    expect([target.calls, event.defaultPrevented]).toEqual([[], false])
  })

  it('leaves keys typed into a text field to the field', () => {
    const field = document.body.appendChild(document.createElement('input'))
    const target = recorder()
    const event = pressOn(shortcut('S'), target, field)
    expect([target.calls, event.defaultPrevented]).toEqual([[], false])
  })
})
