/** ECharts has no table: 'table' charts are drawn straight to SVG. */

import type { TableData } from './data.ts'
import { formatNumber } from './format.ts'
import { FONT_FAMILY, GRID_LINE_COLOR, TEXT_COLOR } from './theme.ts'

const FONT_SIZE = 13
const TITLE_SIZE = 15
const ROW_HEIGHT = 24
const PAD_X = 12
const MARGIN = 16
const FOOTER_SIZE = 12
const FOOTER_HEIGHT = 18

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c)
}

export function formatCell(value: string | number): string {
  return typeof value === 'number' ? formatNumber(value) : value
}

/**
 * Approximate advance width of `text` in DejaVu Sans at `size` px (the font is wide: digits
 * are 0.636 em). Only used to size columns, so generous is fine.
 */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0
  for (const ch of text) {
    if (ch === ' ') em += 0.318
    else if ('il.,:;|!\'`'.includes(ch)) em += 0.3
    else if ('fjrt()[]{}'.includes(ch)) em += 0.4
    else if ('mwMW'.includes(ch)) em += 0.95
    else if (ch >= 'A' && ch <= 'Z') em += 0.72
    else em += 0.636
  }
  return em * size * (bold ? 1.1 : 1)
}

/**
 * A clean SVG table: bold title, a header row over a rule, zebra-striped rows (numbers right-
 * aligned, to 4 significant digits), and the footer lines under a closing rule. All text is
 * XML-escaped. The SVG is sized to its content.
 */
export function tableSvg(table: TableData): string {
  const columnCount = Math.max(table.columns.length, ...table.rows.map((r) => r.length), 1)
  const header = Array.from({ length: columnCount }, (_, c) => table.columns[c] ?? '')
  const cells = table.rows.map((row) => Array.from({ length: columnCount }, (_, c) => (c < row.length ? formatCell(row[c]) : '')))
  const numeric = Array.from({ length: columnCount }, (_, c) =>
    table.rows.length > 0 && table.rows.every((row) => c >= row.length || typeof row[c] === 'number'))
  const widths = header.map((h, c) =>
    Math.ceil(Math.max(textWidth(h, FONT_SIZE, true), ...cells.map((row) => textWidth(row[c], FONT_SIZE))) + 2 * PAD_X))
  const tableWidth = widths.reduce((a, b) => a + b, 0)
  const contentWidth = Math.max(
    tableWidth,
    textWidth(table.title, TITLE_SIZE, true),
    ...table.footer.map((f) => textWidth(f, FOOTER_SIZE)),
  )
  const width = Math.ceil(contentWidth + 2 * MARGIN)
  const titleHeight = table.title ? 32 : 0
  const top = MARGIN + titleHeight
  const bodyTop = top + ROW_HEIGHT
  const bodyBottom = bodyTop + cells.length * ROW_HEIGHT
  const footerTop = bodyBottom + (table.footer.length > 0 ? 8 : 0)
  const height = Math.ceil(footerTop + table.footer.length * FOOTER_HEIGHT + MARGIN)

  const out: string[] = []
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT_FAMILY}" font-size="${FONT_SIZE}">`)
  out.push(`<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`)
  if (table.title) {
    out.push(`<text x="${MARGIN}" y="${MARGIN + 18}" font-size="${TITLE_SIZE}" font-weight="bold" fill="${TEXT_COLOR}">${escapeXml(table.title)}</text>`)
  }
  const columnX: number[] = []
  let x = MARGIN
  for (const w of widths) { columnX.push(x); x += w }
  const cellText = (text: string, c: number, y: number, attrs: string): string => {
    const right = numeric[c]
    const tx = right ? columnX[c] + widths[c] - PAD_X : columnX[c] + PAD_X
    const anchor = right ? ' text-anchor="end"' : ''
    return `<text x="${tx}" y="${y}"${anchor}${attrs}>${escapeXml(text)}</text>`
  }
  const baseline = (rowTop: number): number => rowTop + ROW_HEIGHT / 2 + FONT_SIZE * 0.36

  cells.forEach((_, r) => {
    if (r % 2 === 1) out.push(`<rect x="${MARGIN}" y="${bodyTop + r * ROW_HEIGHT}" width="${tableWidth}" height="${ROW_HEIGHT}" fill="#f5f6f8"/>`)
  })
  header.forEach((h, c) => out.push(cellText(h, c, baseline(top), ` font-weight="bold" fill="${TEXT_COLOR}"`)))
  out.push(`<line x1="${MARGIN}" y1="${bodyTop}" x2="${MARGIN + tableWidth}" y2="${bodyTop}" stroke="${TEXT_COLOR}" stroke-width="1.2"/>`)
  cells.forEach((row, r) => {
    row.forEach((text, c) => out.push(cellText(text, c, baseline(bodyTop + r * ROW_HEIGHT), ` fill="${TEXT_COLOR}"`)))
    if (r + 1 < cells.length) {
      const y = bodyTop + (r + 1) * ROW_HEIGHT
      out.push(`<line x1="${MARGIN}" y1="${y}" x2="${MARGIN + tableWidth}" y2="${y}" stroke="${GRID_LINE_COLOR}" stroke-width="1"/>`)
    }
  })
  out.push(`<line x1="${MARGIN}" y1="${bodyBottom}" x2="${MARGIN + tableWidth}" y2="${bodyBottom}" stroke="${TEXT_COLOR}" stroke-width="1.2"/>`)
  table.footer.forEach((line, k) => {
    out.push(`<text x="${MARGIN}" y="${footerTop + (k + 1) * FOOTER_HEIGHT - 4}" font-size="${FOOTER_SIZE}" fill="#555555">${escapeXml(line)}</text>`)
  })
  out.push('</svg>')
  return out.join('\n')
}
