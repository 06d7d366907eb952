/**
 * Text widths from a TrueType file's own advance widths (Node only: it reads font files).
 * Server-side ECharts has no canvas to measure text and falls back to Arial-like widths; the
 * PNGs are drawn with DejaVu Sans, about 10% wider, so legends overlapped. Laying out with the
 * rasterizer's metrics keeps every label where it will be drawn.
 */

import { readFileSync } from 'node:fs'

/** Advance widths in em units per code point, and the width of a missing glyph. */
export interface FontMetrics {
  advance: Map<number, number>
  missing: number
}

function tableOffsets(font: DataView): Map<string, number> {
  const count = font.getUint16(4)
  const tables = new Map<string, number>()
  for (let i = 0; i < count; i++) {
    const record = 12 + 16 * i
    const tag = String.fromCharCode(font.getUint8(record), font.getUint8(record + 1), font.getUint8(record + 2), font.getUint8(record + 3))
    tables.set(tag, font.getUint32(record + 8))
  }
  return tables
}

function requireTable(tables: Map<string, number>, tag: string, file: string): number {
  const offset = tables.get(tag)
  if (offset === undefined) throw new Error(`font ${file}: no "${tag}" table`)
  return offset
}

/** Code point → glyph id from the cmap's format-4 (Unicode BMP) subtable. */
function glyphIds(font: DataView, cmap: number, file: string): Map<number, number> {
  const subtables = font.getUint16(cmap + 2)
  for (let i = 0; i < subtables; i++) {
    const sub = cmap + font.getUint32(cmap + 4 + 8 * i + 4)
    if (font.getUint16(sub) !== 4) continue
    const segments = font.getUint16(sub + 6) / 2
    const ends = sub + 14
    const starts = ends + 2 * segments + 2
    const deltas = starts + 2 * segments
    const rangeOffsets = deltas + 2 * segments
    const ids = new Map<number, number>()
    for (let s = 0; s < segments; s++) {
      const end = font.getUint16(ends + 2 * s)
      const start = font.getUint16(starts + 2 * s)
      const delta = font.getInt16(deltas + 2 * s)
      const rangeOffset = font.getUint16(rangeOffsets + 2 * s)
      for (let c = start; c <= end && c !== 0xffff; c++) {
        const indexed = rangeOffset === 0 ? c : font.getUint16(rangeOffsets + 2 * s + rangeOffset + 2 * (c - start))
        const glyph = (indexed + delta) & 0xffff
        if (indexed !== 0 && glyph !== 0) ids.set(c, glyph)
      }
    }
    return ids
  }
  throw new Error(`font ${file}: no Unicode BMP (format 4) cmap subtable`)
}

export function readFontMetrics(file: string): FontMetrics {
  const bytes = readFileSync(file)
  const font = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const tables = tableOffsets(font)
  const unitsPerEm = font.getUint16(requireTable(tables, 'head', file) + 18)
  const metricCount = font.getUint16(requireTable(tables, 'hhea', file) + 34)
  const hmtx = requireTable(tables, 'hmtx', file)
  // Glyphs past the last long metric share its advance width.
  const widthOf = (glyph: number): number => font.getUint16(hmtx + 4 * Math.min(glyph, metricCount - 1)) / unitsPerEm
  const advance = new Map<number, number>()
  for (const [codePoint, glyph] of glyphIds(font, requireTable(tables, 'cmap', file), file)) advance.set(codePoint, widthOf(glyph))
  return { advance, missing: widthOf(0) }
}

/** The width in pixels of `text` set at `fontSize` pixels. */
export function textWidth(metrics: FontMetrics, text: string, fontSize: number): number {
  let em = 0
  for (const ch of text) em += metrics.advance.get(ch.codePointAt(0) ?? 0) ?? metrics.missing
  return em * fontSize
}

/** The pixel size and weight in a CSS font shorthand such as "bold 14px DejaVu Sans". */
export function parseFont(font: string | undefined): { size: number; bold: boolean } {
  const css = font ?? ''
  const size = /(\d+(?:\.\d+)?)px/.exec(css)
  return { size: size ? Number(size[1]) : 12, bold: /\b(bold|bolder|[6-9]00)\b/.test(css) }
}
