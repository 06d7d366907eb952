/**
 * How a chart's legend wraps. ECharts wraps a centred legend that is wider than its chart onto
 * more rows, drawn downwards from the legend's top, and a plot placed for one row then lies
 * under the rest: a chart with many series (a deep network's layers) closes its legend's gaps
 * to take fewer rows, and moves its plot down by the rows it still needs. Pure.
 */
import { textWidth } from './table.ts'

/** legendOption's item: the swatch and the gap ECharts leaves before the name. */
const SWATCH = 18
const TEXT_GAP = 5
const FONT_SIZE = 12
/** ECharts' padding around the legend, each side. */
const PADDING = 5
/** legendOption's gap between items; ECharts leaves it between rows too. */
const GAP = 16
/** The gap of a legend that wraps: its rows close up, so the plot keeps more of the height. */
const WRAPPED_GAP = 8
/** The height of a row of 12 px names. */
const ROW = 14

export interface LegendLayout {
  readonly rows: number
  /** The gap between items and between rows. */
  readonly itemGap: number
  /** How far below a one-row legend's place the plot moves. */
  readonly extraHeight: number
}

/** The rows ECharts fills with `names`, each item placed after the last while the row has room. */
function rowsFor(names: readonly string[], chartWidth: number, gap: number): number {
  const room = chartWidth - 2 * PADDING
  let rows = names.length > 0 ? 1 : 0
  let used = 0
  for (const name of names) {
    const item = SWATCH + TEXT_GAP + textWidth(name, FONT_SIZE)
    if (used > 0 && used + gap + item > room) {
      rows += 1
      used = item
    } else used += (used > 0 ? gap : 0) + item
  }
  return rows
}

export function legendLayout(names: readonly string[], chartWidth: number): LegendLayout {
  if (rowsFor(names, chartWidth, GAP) <= 1) return { rows: 1, itemGap: GAP, extraHeight: 0 }
  const rows = rowsFor(names, chartWidth, WRAPPED_GAP)
  return { rows, itemGap: WRAPPED_GAP, extraHeight: (rows - 1) * (ROW + WRAPPED_GAP) }
}
