/** Contour levels of a grid as thin line series without symbols (gaps split separate lines). */

import type { Grid } from './data.ts'
import type { LineSeriesOption } from './option-types.ts'
import { contourLevels, contourLines } from './contour.ts'
import { formatNumber } from './format.ts'

export interface ContourStyle {
  color: string | ((levelIndex: number, levelCount: number) => string)
  opacity: number
  width: number
  z: number
}

export function contourSeries(grid: Grid, levels: number[], style: ContourStyle): LineSeriesOption[] {
  return levels.map((level, k) => {
    const data: ([number, number] | null)[] = []
    for (const line of contourLines(grid, level)) {
      if (data.length > 0) data.push(null)
      for (const p of line.points) data.push(p)
    }
    const color = typeof style.color === 'string' ? style.color : style.color(k, levels.length)
    return {
      type: 'line',
      name: `level ${formatNumber(level)}`,
      data,
      showSymbol: false,
      symbol: 'none',
      connectNulls: false,
      silent: true,
      progressive: 0,
      color,
      lineStyle: { color, width: style.width, opacity: style.opacity },
      emphasis: { disabled: true },
      tooltip: { show: false },
      z: style.z,
    }
  })
}

export { contourLevels }
