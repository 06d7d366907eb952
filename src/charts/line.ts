import type { LineChart } from './data.ts'
import type { ChartOption, LineSeriesOption } from './option-types.ts'
import { markerLines } from './markers.ts'
import { seriesPoints } from './points.ts'
import { baseOption, legendOption, paletteColor, titleOption, valueXAxis, valueYAxis } from './theme.ts'

/** One line per series on shared value axes; markers as labelled dashed verticals. */
export function lineOption(chart: LineChart): ChartOption {
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
  return {
    ...baseOption(),
    title: titleOption(chart.title),
    legend: legendOption(chart.series.map((s) => s.name)),
    tooltip: { trigger: 'axis' },
    grid: { left: 70, right: 30, top: 70, bottom: 50 },
    xAxis: valueXAxis(chart.xLabel),
    yAxis: valueYAxis(chart.yLabel, {
      type: logY ? 'log' : 'value',
      ...(chart.yRange ? { min: chart.yRange[0], max: chart.yRange[1] } : {}),
    }),
    series,
  }
}
