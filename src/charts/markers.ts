/** Labelled vertical lines (hyper-parameter tweaks) as an ECharts markLine. */

import type { Marker } from './data.ts'
import type { LineSeriesOption } from './option-types.ts'
import { FONT_FAMILY } from './theme.ts'

export const MARKER_COLOR = '#555555'

/**
 * A marker of one run is drawn in that run's colour and prints its short text; `length` (px)
 * bounds a label, which then ends in "…" rather than running off the plot.
 */
export function markerLines(markers: Marker[], colorOf: (series: string) => string = () => MARKER_COLOR, length?: number): NonNullable<LineSeriesOption['markLine']> {
  const room = length !== undefined ? { width: Math.max(40, length), overflow: 'truncate' as const } : {}
  return {
    silent: true,
    // Above every series of the panel, so no curve crosses the label.
    z: 10,
    symbol: ['none', 'none'],
    lineStyle: { color: MARKER_COLOR, type: 'dashed', width: 1 },
    label: {
      show: true,
      position: 'insideEndTop',
      color: MARKER_COLOR,
      fontFamily: FONT_FAMILY,
      fontSize: 10,
      formatter: '{b}',
      // A white halo around the letters keeps them legible over a curve. Not a background box:
      // a truncating label's box runs the whole `width` along the line and hid the curve's
      // last epochs before the change, the very part a class compares.
      textBorderColor: '#ffffff',
      textBorderWidth: 3,
      ...room,
    },
    // Labels run along the line, alternately on its left and right side (in x order), so two
    // markers close together don't print over each other.
    data: [...markers]
      .filter((m) => Number.isFinite(m.x))
      .sort((a, b) => a.x - b.x)
      .map((m, k) => {
        const color = m.series !== undefined ? colorOf(m.series) : MARKER_COLOR
        const position = k % 2 === 0 ? ('insideEndTop' as const) : ('insideEndBottom' as const)
        return { xAxis: m.x, name: m.series !== undefined ? (m.short ?? m.label) : m.label, lineStyle: { color }, label: { position, color } }
      }),
  }
}
