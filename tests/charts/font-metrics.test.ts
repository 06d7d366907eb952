import { describe, expect, it } from 'vitest'
import { parseFont, readFontMetrics, textWidth } from '../../src/charts/font-metrics.ts'
import { FONT_FILES, useRasterFontMetrics } from '../../src/charts/png.ts'
import { renderSvg } from '../../src/charts/svg.ts'
import { trajectory } from './fixtures.ts'

const [regular, bold] = FONT_FILES.map(readFontMetrics)

describe('font metrics read from the rasterizer’s TrueType files', () => {
  it('gives a glyph its advance width from the font (DejaVu Sans "a" is 1255 of 2048 units)', () => {
    expect(textWidth(regular, 'a', 2048)).toBe(1255)
  })

  it('adds up the advances of a string at the given pixel size', () => {
    expect(textWidth(regular, 'aW', 12)).toBeCloseTo(textWidth(regular, 'a', 12) + textWidth(regular, 'W', 12), 12)
    expect(textWidth(regular, 'W', 24)).toBeCloseTo(2 * textWidth(regular, 'W', 12), 12)
  })

  it('maps characters outside ASCII, such as subscript digits and arrows', () => {
    expect(regular.advance.has('₀'.codePointAt(0) ?? 0)).toBe(true)
    expect(regular.advance.has('→'.codePointAt(0) ?? 0)).toBe(true)
  })

  it('sets bold text wider than regular text', () => {
    expect(textWidth(bold, 'Stochastic gradient descent', 12)).toBeGreaterThan(textWidth(regular, 'Stochastic gradient descent', 12))
  })

  it('measures a character the font lacks as its missing glyph', () => {
    expect(textWidth(regular, '\u{1F600}', 10)).toBeCloseTo(regular.missing * 10, 12)
  })
})

describe('parseFont', () => {
  it('reads the pixel size and the weight of a CSS font shorthand', () => {
    expect(parseFont('bold 14px DejaVu Sans')).toEqual({ size: 14, bold: true })
    expect(parseFont('normal normal 600 11.5px sans-serif')).toEqual({ size: 11.5, bold: true })
    expect(parseFont('12px DejaVu Sans')).toEqual({ size: 12, bold: false })
  })

  it('falls back to 12px regular when no font is given', () => {
    expect(parseFont(undefined)).toEqual({ size: 12, bold: false })
  })
})

describe('server-side chart layout', () => {
  it('spaces legend items by the rasterizer’s text widths, so a label never runs into the next item', () => {
    useRasterFontMetrics()
    const name = 'Stochastic gradient descent'
    const chart = { ...trajectory(), paths: [{ name, points: trajectory().paths[0].points }] }
    const legendX = (label: string): number => {
      const match = new RegExp(`x="(\\d+)"[^>]*translate\\(([\\d.]+) \\d+\\)[^>]*>${label}</text>`).exec(renderSvg(chart))
      if (!match) throw new Error(`no legend text "${label}"`)
      return Number(match[1]) + Number(match[2])
    }
    // Text starts right of its icon; the next item's icon starts where the next text's offset begins.
    const nextIconStart = legendX('optimum') - 23
    expect(nextIconStart).toBeGreaterThanOrEqual(legendX(name) + textWidth(regular, name, 12))
  })
})
