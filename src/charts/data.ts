/**
 * Chart data: what plot nodes output. Pure, serializable values; one function per kind
 * in src/charts turns them into an ECharts option (the editor draws it, the CLI renders
 * it to SVG). Streaming charts grow by appending to series.
 */
import type { Grid } from '../analysis/grid.ts'

export interface LineSeries {
  name: string
  x: number[]
  y: number[]
}

/** A labelled vertical line at an x position, e.g. "lr 0.001 → 0.01" at a step. */
export interface Marker {
  x: number
  /** The whole text: "With standardization: Adam → SGD". */
  label: string
  /** The run (series name) it belongs to, when a chart shows several: the marker takes its colour. */
  series?: string
  /** What the chart prints, when the colour names the run: "Adam → SGD". */
  short?: string
}

export interface LineChart {
  kind: 'line'
  title: string
  xLabel: string
  yLabel: string
  series: LineSeries[]
  yScale?: 'linear' | 'log'
  yRange?: [number, number]
  markers?: Marker[]
}

export interface CurvesPanel {
  /** The history key shown: "loss", "accuracy", "val_loss"… */
  metric: string
  yLabel: string
  series: LineSeries[]
}

/** Loss and metrics per epoch, one panel per metric, one series per trainer. */
export interface TrainingCurvesChart {
  kind: 'training-curves'
  title: string
  xLabel: string
  panels: CurvesPanel[]
  markers: Marker[]
}

// The sampled surface a contour, landscape or decision boundary is drawn from: the
// numerics in src/analysis compute it, so the type lives there (charts sit above analysis).
export type { Grid }

/** A labelled point on a path: where a live change ("SGD → Adam") took effect. */
export interface PathMark {
  at: [number, number]
  label: string
}

export interface Path {
  name: string
  points: [number, number][]
  /** Live changes along the path; absent when there were none. */
  marks?: PathMark[]
}

/** A rectangle in data units: the x range and the y range. */
export interface Bounds {
  x: [number, number]
  y: [number, number]
}

/** Parameter-space paths over the loss contour, with the optimum marked. */
export interface TrajectoryChart {
  kind: 'trajectory'
  title: string
  xLabel: string
  yLabel: string
  /**
   * The region the chart must show (the paths and the optimum, framed), or null to fit the
   * data. The contour covers more than the view, so a chart of any shape is filled with it.
   */
  view: Bounds | null
  contour: Grid | null
  /** Said under the title: why the chart shows less than usual (e.g. no contour), or null. */
  note: string | null
  paths: Path[]
  optimum: [number, number] | null
}

export interface LabelledPoint {
  x: number
  y: number
  /** Class index. */
  label: number
}

/** A 2-D classifier's prediction over the plane, with the data on top. */
export interface DecisionBoundaryChart {
  kind: 'decision-boundary'
  title: string
  xLabel: string
  yLabel: string
  /** Predicted probability of the positive class (or predicted class index). */
  grid: Grid
  points: LabelledPoint[]
  classes: string[]
}

/** A scalar field over two parameters (a loss landscape), as a heatmap with contours. */
export interface LandscapeChart {
  kind: 'landscape'
  title: string
  xLabel: string
  yLabel: string
  grid: Grid
}

export interface TableData {
  title: string
  columns: string[]
  rows: (string | number)[][]
  /** Lines under the table: totals, notes. */
  footer: string[]
}

export interface TableChart {
  kind: 'table'
  table: TableData
}

export type ChartData = LineChart | TrainingCurvesChart | TrajectoryChart | DecisionBoundaryChart | LandscapeChart | TableChart
export type ChartKind = ChartData['kind']
