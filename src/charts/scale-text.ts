/**
 * A chart's option drawn larger, as if zoomed: type (titles, axis names and labels, legends),
 * gaps, margins, symbols and lines grow by `factor`; data and percentages stay. Built for a
 * size `factor` times smaller, then scaled, a chart keeps its layout (equal aspect, whole-pixel
 * heatmap cells) with type a projector's back row reads. Pure.
 */
import type { ChartOption } from './option-types.ts'

/** Option keys holding pixel lengths. */
const LENGTHS: ReadonlySet<string> = new Set([
  'fontSize', 'lineHeight', 'nameGap', 'itemWidth', 'itemHeight', 'itemGap', 'textGap',
  'top', 'bottom', 'left', 'right', 'width', 'height', 'symbolSize', 'margin', 'length',
])

/** Where ECharts falls back on its own 12 px type. */
const DEFAULT_FONT_SIZE = 12

function scaled(value: unknown, factor: number, key: string | null): unknown {
  if (typeof value === 'number') return key !== null && LENGTHS.has(key) ? value * factor : value
  if (Array.isArray(value)) return value.map((v) => scaled(v, factor, null))
  if (typeof value !== 'object' || value === null) return value
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) out[k] = k === 'data' ? v : scaled(v, factor, k)
  return out
}

export function scaledOption(option: ChartOption, factor: number): ChartOption {
  if (factor === 1) return option
  const out = scaled(option, factor, null) as ChartOption & { textStyle?: Record<string, unknown> }
  out.textStyle = { ...out.textStyle, fontSize: Number(out.textStyle?.fontSize ?? DEFAULT_FONT_SIZE * factor) }
  return out
}
