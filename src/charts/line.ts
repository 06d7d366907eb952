import type { LineChart } from './data.ts'
import type { ChartOption, ChartSize, LineSeriesOption } from './option-types.ts'
import { markerLines } from './markers.ts'
import { legendLayout } from './legend-layout.ts'
import { seriesPoints } from './points.ts'
import { baseOption, legendOption, paletteColor, titleOption, valueXAxis, valueYAxis } from './theme.ts'

/** Room above the plot for the title and one row of legend. */
const TOP = 70

/**
 * One line per series on shared value axes; markers as labelled dashed verticals. Given the
 * chart's `size`, a legend that wraps onto more rows closes up and moves the plot down below it.
 */
export function lineOption(chart: LineChart, size?: ChartSize): ChartOption {
  const logY = chart.yScale === 'log'
  const series: LineSeriesOption[] = chart.series.map((s, i) => ({
    type: 'line',
    name: s.name,
    data: seriesPoints(s, logY),
    showSymbol: false,
    connectNulls: false,
    progressive: 0,
    lineStyle: { width: 1.8 },
    color: paletteColor(i),
    z: 3,
  }))
  const markers = chart.markers ?? []
  if (markers.length > 0) {
    if (series.length === 0) series.push({ type: 'line', name: '', data: [], silent: true })
    series[0].markLine = markerLines(markers)
  }
  const names = chart.series.map((s) => s.name)
  const legend = size ? legendLayout(names, size.width) : null
  return {
    ...baseOption(),
    title: titleOption(chart.title),
    legend: { ...legendOption(names), ...(legend ? { itemGap: legend.itemGap } : {}) },
    tooltip: { trigger: 'axis' },
    grid: { left: 70, right: 30, top: TOP + (legend?.extraHeight ?? 0), bottom: 50 },
    xAxis: valueXAxis(chart.xLabel),
    yAxis: valueYAxis(chart.yLabel, {
      type: logY ? 'log' : 'value',
      ...(chart.yRange ? { min: chart.yRange[0], max: chart.yRange[1] } : {}),
    }),
    series,
  }
}
