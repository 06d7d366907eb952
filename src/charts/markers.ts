/** Labelled vertical lines (hyper-parameter tweaks) as an ECharts markLine. */

import type { Marker } from './data.ts'
import type { LineSeriesOption } from './option-types.ts'
import { FONT_FAMILY } from './theme.ts'

export const MARKER_COLOR = '#555555'

export function markerLines(markers: Marker[]): NonNullable<LineSeriesOption['markLine']> {
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
      backgroundColor: 'rgba(255, 255, 255, 0.8)',
      padding: [1, 2],
    },
    // Labels run along the line, alternately on its left and right side (in x order), so two
    // markers close together don't print over each other.
    data: [...markers]
      .filter((m) => Number.isFinite(m.x))
      .sort((a, b) => a.x - b.x)
      .map((m, k) => (k % 2 === 0 ? { xAxis: m.x, name: m.label } : { xAxis: m.x, name: m.label, label: { position: 'insideEndBottom' as const } })),
  }
}
