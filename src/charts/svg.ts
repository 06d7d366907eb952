/**
 * Server-side rendering of a chart to an SVG string (no DOM: ECharts' SSR mode). Used by the
 * CLI; also works in the browser.
 */

import type { ChartData } from './data.ts'
import type { ChartOption, ChartSize } from './option-types.ts'
import { echarts } from './echarts.ts'
import { chartOption } from './option.ts'
import { tableSvg } from './table.ts'

export const DEFAULT_SIZE: ChartSize = { width: 800, height: 400 }

export function renderSvg(chart: ChartData, size: ChartSize = DEFAULT_SIZE): string {
  if (chart.kind === 'table') return tableSvg(chart.table)
  return optionSvg(chartOption(chart, size), size)
}

/** An option drawn by a throw-away SSR instance (with a viewBox, so the markup can be stretched). */
export function optionSvg(option: ChartOption, size: ChartSize): string {
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height })
  try {
    instance.setOption(option)
    return stableIds(instance.renderToSVGString())
  } finally {
    instance.dispose()
  }
}

/**
 * zrender names clip paths, gradients and CSS classes after a process-wide instance counter
 * ("zr7-c0") and a process-wide class counter ("zr7-cls-42"), so the same chart rendered twice
 * differs. Rename them by order of first appearance: the same chart always gives the same bytes.
 */
export function stableIds(svg: string): string {
  const classes = new Map<string, string>()
  return svg.replace(/\bzr\d+-(cls-\d+|[a-z]+\d+)/g, (_, id: string) => {
    if (!id.startsWith('cls-')) return `fg-${id}`
    let renamed = classes.get(id)
    if (renamed === undefined) {
      renamed = `fg-cls-${classes.size}`
      classes.set(id, renamed)
    }
    return renamed
  })
}
