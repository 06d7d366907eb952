/**
 * ECharts with exactly the charts and components Flowgrad's options use, registered once.
 * The editor's workers import `echarts` from here. The CLI and the runtime worker paint SVG; the
 * live charts (board, large view) draw on a canvas in the chart worker, which repaints pixels
 * instead of patching markup on every append.
 */

import * as echarts from 'echarts/core'
import { HeatmapChart, LineChart, ScatterChart } from 'echarts/charts'
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  MarkPointComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components'
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers'

echarts.use([
  LineChart,
  ScatterChart,
  HeatmapChart,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  MarkLineComponent,
  MarkPointComponent,
  VisualMapComponent,
  SVGRenderer,
  CanvasRenderer,
])

export { echarts }
