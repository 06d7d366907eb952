import { describe, expect, it } from 'vitest'
import { escapeXml, tableSvg } from '../../src/charts/table.ts'
import { formatNumber } from '../../src/charts/format.ts'
import { checkXml } from './xml.ts'
import { table } from './fixtures.ts'

describe('tableSvg', () => {
  it('escapes <, & and > in titles, cells and footer lines', () => {
    const svg = tableSvg(table().table)
    const xml = checkXml(svg)
    expect(xml.error).toBeUndefined()
    expect(svg).toContain('Results &lt;final&gt; &amp; notes')
    expect(svg).toContain('Adam &lt;β=0.9&gt;')
    expect(xml.texts).toContain('RMSprop & co')
    expect(xml.texts).toContain('times are wall clock & approximate')
  })

  it('shows the header, every row and the footer with numbers to 4 significant digits', () => {
    const texts = checkXml(tableSvg(table().table)).texts
    for (const text of ['optimizer', 'loss', 'accuracy', 'epochs']) expect(texts).toContain(text)
    for (const text of ['SGD', '0.1235', '0.9123', '20', '0.04568', '0.97', '1.5e-7', '0.5', '3']) expect(texts).toContain(text)
    expect(texts).toContain('best: Adam')
  })

  it('right-aligns numeric columns and left-aligns text columns', () => {
    const svg = tableSvg(table().table)
    expect(svg).toMatch(/text-anchor="end"[^>]*>0\.1235</)
    expect(svg).not.toMatch(/text-anchor="end"[^>]*>SGD</)
  })

  it('sizes itself to its content', () => {
    const wide = tableSvg({ title: 't', columns: ['a'.repeat(80)], rows: [], footer: [] })
    const narrow = tableSvg({ title: 't', columns: ['a'], rows: [], footer: [] })
    const width = (svg: string): number => Number(/width="(\d+)"/.exec(svg)?.[1])
    expect(width(wide)).toBeGreaterThan(width(narrow) + 300)
  })

  it('handles an empty table', () => {
    expect(checkXml(tableSvg({ title: '', columns: [], rows: [], footer: [] })).ok).toBe(true)
  })
})

describe('escapeXml', () => {
  it('escapes the five XML special characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;')
  })
})

describe('formatNumber', () => {
  it('rounds to 4 significant digits and drops trailing zeros', () => {
    expect(formatNumber(0.123456)).toBe('0.1235')
    expect(formatNumber(2.5)).toBe('2.5')
    expect(formatNumber(123.456)).toBe('123.5')
    expect(formatNumber(0.000123456)).toBe('0.0001235')
  })

  it('keeps integers whole', () => {
    expect(formatNumber(20)).toBe('20')
    expect(formatNumber(1234567)).toBe('1234567')
  })

  it('uses a short exponent for tiny and huge values', () => {
    expect(formatNumber(1.5e-7)).toBe('1.5e-7')
    expect(formatNumber(-2.34567e-9)).toBe('-2.346e-9')
    expect(formatNumber(1.23456e20)).toBe('1.235e20')
  })

  it('names non-finite values', () => {
    expect([Number.NaN, Infinity, -Infinity].map((v) => formatNumber(v))).toEqual(['NaN', '∞', '-∞'])
  })
})
