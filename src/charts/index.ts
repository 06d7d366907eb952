/**
 * Charts: chart data (what plot nodes output) → ECharts options, plus streaming and SVG.
 * Browser-safe: no DOM, no Node modules. The PNG rasterizer (resvg, native) lives in
 * ./png.ts and is imported by the CLI directly.
 */

export type * from './data.ts'
export type { ChartOption, ChartSize } from './option-types.ts'
export type { ContourLine } from './contour.ts'
export type { DataPoint } from './points.ts'
export type { SeriesAppend } from './stream.ts'
export type { EChartsChartData } from './option.ts'

export { chartOption, isEChartsChart } from './option.ts'
export { scaledOption } from './scale-text.ts'
export { lineOption } from './line.ts'
export { trainingCurvesOption } from './training-curves.ts'
export { trajectoryOption } from './trajectory.ts'
export { decisionBoundaryOption } from './decision-boundary.ts'
export { landscapeOption } from './landscape.ts'
export { tableSvg } from './table.ts'
export { contourLevels, contourLines } from './contour.ts'
export { appendPoints } from './stream.ts'
export { formatNumber } from './format.ts'
export { PALETTE, FONT_FAMILY } from './theme.ts'
export { echarts } from './echarts.ts'
export { renderSvg, DEFAULT_SIZE } from './svg.ts'
export type { ChartPicture } from './picture.ts'
export { optionCounts, paintChart, seriesOf } from './picture.ts'
