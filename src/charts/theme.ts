/**
 * Shared look of every chart: the Tableau 10 palette, the font the PNG rasterizer ships,
 * and the option pieces (title, axes, grid lines) each builder reuses. Pure data.
 */

import { formatNumber } from './format.ts'
import type { ChartOption, LegendOption, TitleOption, XAxisOption, YAxisOption } from './option-types.ts'

/** Tableau 10, in order: series colours are assigned by index, never at random. */
export const PALETTE: readonly string[] = [
  '#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f',
  '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac',
]

/** The colour of series (or class, or trainer) number `index`. */
export function paletteColor(index: number): string {
  return PALETTE[((index % PALETTE.length) + PALETTE.length) % PALETTE.length]
}

/** Shipped with the app (dejavu-fonts-ttf) so the CLI's PNG looks the same everywhere. */
export const FONT_FAMILY = 'DejaVu Sans'

export const TEXT_COLOR = '#333333'
export const AXIS_COLOR = '#6e7079'
export const GRID_LINE_COLOR = '#e6e6e6'
/** The optimum marker on trajectory charts. */
export const OPTIMUM_COLOR = '#d62728'

/** Viridis, dark to light: the sequential scale of landscape heatmaps. */
export const SEQUENTIAL: readonly string[] = [
  '#440154', '#482878', '#3e4989', '#31688e', '#26828e',
  '#1f9e89', '#35b779', '#6ece58', '#b5de2b', '#fde725',
]

/** Mix a `#rrggbb` colour with white; `amount` 0 keeps it, 1 gives white. */
export function lighten(hex: string, amount: number): string {
  const n = Number.parseInt(hex.slice(1), 16)
  const channel = (shift: number): string => {
    const c = (n >> shift) & 0xff
    const v = Math.round(c + (255 - c) * amount)
    return v.toString(16).padStart(2, '0')
  }
  return `#${channel(16)}${channel(8)}${channel(0)}`
}

/** Option fields every chart shares: no animation (SSR), fixed palette, the shipped font. */
export function baseOption(): ChartOption {
  return {
    animation: false,
    color: [...PALETTE],
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: FONT_FAMILY, color: TEXT_COLOR },
  }
}

export function titleOption(text: string): TitleOption {
  return {
    text,
    left: 'center',
    top: 8,
    textStyle: { fontFamily: FONT_FAMILY, fontSize: 16, fontWeight: 'bold', color: TEXT_COLOR },
  }
}

export function legendOption(names: string[], top = 34): LegendOption {
  return {
    data: names,
    top,
    left: 'center',
    itemWidth: 18,
    itemHeight: 10,
    itemGap: 16,
    textStyle: { fontFamily: FONT_FAMILY, fontSize: 12, color: TEXT_COLOR },
  }
}

const axisNameStyle = { fontFamily: FONT_FAMILY, fontSize: 12, color: TEXT_COLOR }
const axisLabelStyle = { fontFamily: FONT_FAMILY, fontSize: 11, color: AXIS_COLOR, hideOverlap: true }

export interface AxisExtra {
  gridIndex?: number
  min?: number | 'dataMin'
  max?: number | 'dataMax'
  minInterval?: number
  type?: 'value' | 'log'
}

/** A value x axis named below its middle, with light vertical grid lines. */
export function valueXAxis(name: string, extra: AxisExtra = {}): XAxisOption {
  return {
    type: extra.type ?? 'value',
    name,
    nameLocation: 'middle',
    nameGap: 28,
    nameTextStyle: axisNameStyle,
    scale: true,
    axisLabel: axisLabelStyle,
    axisLine: { show: true, onZero: false, lineStyle: { color: AXIS_COLOR } },
    axisTick: { show: true },
    splitLine: { show: true, lineStyle: { color: GRID_LINE_COLOR } },
    ...definedOnly(extra),
  }
}

/** A value y axis named along its middle (rotated), with light horizontal grid lines. */
export function valueYAxis(name: string, extra: AxisExtra = {}): YAxisOption {
  return {
    type: extra.type ?? 'value',
    name,
    nameLocation: 'middle',
    nameGap: 40,
    nameTextStyle: axisNameStyle,
    scale: true,
    // ECharts prints log ticks as raw doubles (0.0000099999…): round them for reading.
    axisLabel: extra.type === 'log' ? { ...axisLabelStyle, formatter: (v: number) => formatNumber(v, 3) } : axisLabelStyle,
    axisLine: { show: true, onZero: false, lineStyle: { color: AXIS_COLOR } },
    axisTick: { show: true },
    splitLine: { show: true, lineStyle: { color: GRID_LINE_COLOR } },
    ...definedOnly(extra),
  }
}

function definedOnly(extra: AxisExtra): AxisExtra {
  const out: AxisExtra = {}
  if (extra.gridIndex !== undefined) out.gridIndex = extra.gridIndex
  if (extra.min !== undefined) out.min = extra.min
  if (extra.max !== undefined) out.max = extra.max
  if (extra.minInterval !== undefined) out.minInterval = extra.minInterval
  if (extra.type !== undefined) out.type = extra.type
  return out
}
