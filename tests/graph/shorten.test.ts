import { describe, expect, it } from 'vitest'
import { preview, quote, shorten } from '../../src/graph/shorten.ts'

describe('shortening user text in messages', () => {
  it('keeps short text whole', () => {
    expect(quote('adam')).toBe('"adam"')
  })

  it('cuts long text and gives its length', () => {
    expect(quote('x'.repeat(40_000))).toBe(`"${'x'.repeat(56)}…(40,000 characters)"`)
  })

  it('never cuts a character in half', () => {
    const text = `${'x'.repeat(55)}${'😀'.repeat(20)}`
    expect(shorten(text)).toBe(`${'x'.repeat(55)}…(95 characters)`)
  })

  it('shows a long list by its first items and its length', () => {
    expect(preview(Array.from({ length: 1_000_000 }, (_, i) => i))).toBe('[0, 1, 2, 3, 4, 5, 6, 7, …(1,000,000 items)]')
  })

  it('shows short lists, numbers, booleans and objects plainly', () => {
    expect([preview([1, 2]), preview(3), preview(true), preview(null), preview({ a: 1 })]).toEqual(['[1, 2]', '3', 'true', 'null', 'an object'])
  })
})
