import type { TrainingCurvesChart } from './data.ts'
import type { ChartOption, ChartSize, GridOption, LineSeriesOption, TitleOption, XAxisOption, YAxisOption } from './option-types.ts'
import { markerLines } from './markers.ts'
import { seriesPoints } from './points.ts'
import { FONT_FAMILY, TEXT_COLOR, baseOption, legendOption, paletteColor, titleOption, valueXAxis, valueYAxis } from './theme.ts'

/** Horizontal layout of the panels, in percent of the chart width. */
const LEFT = 7
const RIGHT = 3
const GAP = 8
/** Vertical layout of the panels, in px: room above for the titles and legend, below for the axis. */
const TOP = 88
const BOTTOM = 50

/** Trainer names in order of first appearance over all panels (one legend entry, one colour each). */
export function trainerNames(chart: TrainingCurvesChart): string[] {
  const names: string[] = []
  for (const panel of chart.panels) for (const s of panel.series) if (!names.includes(s.name)) names.push(s.name)
  return names
}

/**
 * One grid per panel (metric), side by side; one line per trainer in every panel, coloured by
 * trainer; x is the epoch (from 1). Option series are the panels' series in order, so series k
 * of panel p is option series (sum of earlier panels' series counts) + k.
 */
export function trainingCurvesOption(chart: TrainingCurvesChart, size?: ChartSize): ChartOption {
  const names = trainerNames(chart)
  const n = Math.max(chart.panels.length, 1)
  const width = (100 - LEFT - RIGHT - GAP * (n - 1)) / n
  const grids: GridOption[] = []
  const xAxes: XAxisOption[] = []
  const yAxes: YAxisOption[] = []
  const titles: TitleOption[] = [titleOption(chart.title)]
  const series: LineSeriesOption[] = []
  const markerHosts: LineSeriesOption[] = []

  chart.panels.forEach((panel, p) => {
    const left = LEFT + p * (width + GAP)
    grids.push({ left: `${left}%`, width: `${width}%`, top: TOP, bottom: BOTTOM })
    xAxes.push(valueXAxis(chart.xLabel, { gridIndex: p, min: 'dataMin', max: 'dataMax', minInterval: 1 }))
    yAxes.push(valueYAxis(panel.yLabel, { gridIndex: p }))
    titles.push({
      text: panel.metric,
      left: `${left + width / 2}%`,
      top: 62,
      textAlign: 'center',
      textStyle: { fontFamily: FONT_FAMILY, fontSize: 13, fontWeight: 'bold', color: TEXT_COLOR },
    })
    const first = series.length
    for (const s of panel.series) {
      series.push({
        type: 'line',
        name: s.name,
        xAxisIndex: p,
        yAxisIndex: p,
        data: seriesPoints(s),
        showSymbol: false,
        symbol: 'circle',
        symbolSize: 5,
        connectNulls: false,
        progressive: 0,
        lineStyle: { width: 1.8 },
        color: paletteColor(names.indexOf(s.name)),
        z: 3,
      })
    }
    if (chart.markers.length > 0) {
      // Labels run up the plot: no longer than it is high.
      const markLine = markerLines(chart.markers, (name) => paletteColor(names.indexOf(name)), size ? size.height - TOP - BOTTOM - 8 : undefined)
      if (panel.series.length > 0) series[first].markLine = markLine
      else markerHosts.push({ type: 'line', name: '', xAxisIndex: p, yAxisIndex: p, data: [], silent: true, markLine })
    }
  })

  return {
    ...baseOption(),
    title: titles,
    legend: legendOption(names),
    tooltip: { trigger: 'axis' },
    grid: grids,
    xAxis: xAxes,
    yAxis: yAxes,
    series: [...series, ...markerHosts],
  }
}
