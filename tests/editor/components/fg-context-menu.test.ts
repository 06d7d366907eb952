// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import '../../../src/editor/components/fg-context-menu.ts'
import { searchMenu } from '../../../src/editor/components/fg-context-menu.ts'
import type { MenuItem } from '../../../src/editor/components/fg-context-menu.ts'
import { byTestId, cleanup, mount, settled, typeInto } from './helpers.ts'

function menu(picked: string[] = []): MenuItem[] {
  const leaf = (label: string): MenuItem => ({ label, key: label, handler: () => picked.push(label) })
  return [
    { label: 'model', key: 'model', handler: () => undefined, subitems: [leaf('Dense'), leaf('Model summary'), leaf('Input')] },
    { label: 'optimizer', key: 'optimizer', handler: () => undefined, subitems: [leaf('Adam'), leaf('Gradient descent'), leaf('RMSprop')] },
    { label: 'plot', key: 'plot', handler: () => undefined, subitems: [leaf('Decision boundary')] },
  ]
}

const labels = (query: string): string[] => searchMenu(menu(), query).map((m) => m.item.label)

afterEach(cleanup)

describe('searchMenu', () => {
  it('searches the entries inside every category, not the category names', () => {
    expect(labels('adam')).toEqual(['Adam'])
  })

  it('ranks labels starting with the query before words starting with it, before labels containing it', () => {
    expect(labels('de')).toEqual(['Dense', 'Decision boundary', 'Gradient descent', 'Model summary'])
  })

  it('finds entries through a category starting with the query, after those matching by label', () => {
    expect(labels('optim')).toEqual(['Adam', 'Gradient descent', 'RMSprop'])
    expect(labels('model d')).toEqual(['Model summary', 'Dense'])
  })

  it('needs every word of the query to match', () => {
    expect(labels('gradient boundary')).toEqual([])
  })
})

describe('fg-context-menu', () => {
  it('shows the categories until the user types, then the matching entries with their category', async () => {
    const el = await mount('fg-context-menu', { items: menu(), searchBar: true })
    expect(el.shadowRoot?.textContent).toContain('optimizer')
    typeInto(byTestId<HTMLInputElement>(el, 'context-menu-search'), 'rms', 'input')
    await settled(el)
    const items = [...(el.shadowRoot?.querySelectorAll('[data-testid="context-menu-item"]') ?? [])].map((e) => [...e.querySelectorAll('span')].map((s) => s.textContent).join(' '))
    expect(items).toEqual(['RMSprop optimizer'])
  })

  it('picks the highlighted result with Enter and closes', async () => {
    const picked: string[] = []
    let hidden = 0
    const el = await mount('fg-context-menu', { items: menu(picked), searchBar: true, onHide: () => hidden++ })
    const input = byTestId<HTMLInputElement>(el, 'context-menu-search')
    typeInto(input, 'd', 'input')
    await settled(el)
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }))
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }))
    expect(picked).toEqual(['Decision boundary'])
    expect(hidden).toBe(1)
  })

  it('closes on Escape without picking anything', async () => {
    const picked: string[] = []
    let hidden = 0
    const el = await mount('fg-context-menu', { items: menu(picked), searchBar: true, onHide: () => hidden++ })
    byTestId(el, 'context-menu-search').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }))
    expect([picked, hidden]).toEqual([[], 1])
  })
})
