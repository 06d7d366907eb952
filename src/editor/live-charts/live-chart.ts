import type { EChartsType } from 'echarts/core'
import type { ChartData } from '../../charts/data.ts'
import type { ChartOption } from '../../charts/index.ts'
import { chartOption, echarts, formatNumber, isEChartsChart, optionCounts, scaledOption } from '../../charts/index.ts'
import type { ChartUpdatePlan } from '../components/chart-plan.ts'
import { applyAppends, fullRedraw, planChartUpdate } from '../components/chart-plan.ts'
import type { RedrawPacer } from '../redraw-pacer.ts'
import type { ChartPointer, LiveChartReport } from './protocol.ts'

/** What a pointer event needs to be for zrender's handler (it may stop or prevent it). */
function zrEvent(pointer: ChartPointer): Record<string, unknown> {
  const noop = (): void => undefined
  return { type: pointer.type, zrX: pointer.x, zrY: pointer.y, offsetX: pointer.x, offsetY: pointer.y, preventDefault: noop, stopPropagation: noop }
}

/** Turns legend entries off in a freshly built option, so a rebuild keeps what the user hid. */
function hideInLegend(option: ChartOption, hidden: ReadonlySet<string>): void {
  if (hidden.size === 0) return
  const selected = Object.fromEntries([...hidden].map((name) => [name, false]))
  const legends = option.legend === undefined ? [] : Array.isArray(option.legend) ? option.legend : [option.legend]
  for (const legend of legends as { selected?: Record<string, boolean> }[]) legend.selected = { ...legend.selected, ...selected }
}

const listOf = (value: unknown): object[] => (value === undefined ? [] : Array.isArray(value) ? value : [value as object])
const readable = (value: unknown): string => (typeof value === 'number' ? formatNumber(value) : String(value))

/**
 * Tooltips read values rounded (4 significant digits), not to the last float digit, and their
 * header (the axis value under the pointer: "epoch 16", not "16.00") the same way.
 */
function roundTooltipValues(option: ChartOption): void {
  for (const tooltip of listOf(option.tooltip) as { valueFormatter?: (value: unknown) => string }[]) tooltip.valueFormatter ??= readable
  for (const axis of listOf(option.xAxis) as { axisPointer?: { label?: { formatter?: unknown } } }[]) {
    axis.axisPointer = { ...axis.axisPointer, label: { formatter: ({ value }: { value: unknown }) => readable(value), ...axis.axisPointer?.label } }
  }
}

/**
 * Large charts (a decision boundary's 3,900 cells) would be drawn progressively and hovered on
 * extra layers, canvases zrender makes with document.createElement, which a worker lacks: the
 * setOption throws and leaves the instance refusing every later one. Off the main thread,
 * drawing everything on the one canvas costs the page nothing.
 */
function drawAtOnce(option: ChartOption): void {
  for (const series of listOf(option.series) as { progressive?: number }[]) series.progressive = 0
  ;(option as { hoverLayerThreshold?: number }).hoverLayerThreshold = Infinity
}

/**
 * One live chart in the chart worker: an ECharts instance drawing on a canvas the page handed
 * over, so a redraw costs the page nothing. Streaming charts append their new points instead of
 * rebuilding, at the pace `pacer` allows. Pointer events the page forwards reach ECharts as its
 * own: the axis tooltip (drawn on the canvas) and legend toggles work as on the page.
 */
export class LiveChart {
  private instance: EChartsType | null = null
  /** The chart the option below was built for, and the chart to show next. */
  private drawn: ChartData | null = null
  private wanted: ChartData | null = null
  private option: ChartOption | null = null
  /** The next redraw starts from scratch (the size changed since the last one). */
  private redrawAll = false
  private error: string | null = null
  private readonly hidden = new Set<string>()
  private tooltip = false
  private cursor = 'default'
  /** How much larger than usual the type is drawn (presentation mode). */
  private textScale = 1

  constructor(
    private readonly canvas: OffscreenCanvas,
    private width: number,
    private height: number,
    private readonly dpr: number,
    private readonly pacer: RedrawPacer<LiveChart>,
    private readonly reported: (report: LiveChartReport) => void,
  ) {}

  show(chart: ChartData | null, textScale: number): void {
    this.wanted = chart
    const scale = textScale > 0 ? textScale : 1
    if (scale !== this.textScale) this.redrawAll = true
    this.textScale = scale
    this.pacer.request(this, () => this.sync())
  }

  resize(width: number, height: number): void {
    if (width === this.width && height === this.height) return
    this.width = width
    this.height = height
    // zrender's resize of a single offscreen canvas keeps drawing at the old scale: start anew at the new size.
    this.redrawAll = true
    this.pacer.request(this, () => this.sync())
  }

  pointer(pointer: ChartPointer): void {
    if (!this.instance) return
    const handler = this.instance.getZr().handler
    this.guard(() => handler.dispatch(pointer.type, zrEvent(pointer)))
  }

  dispose(): void {
    this.pacer.forget(this)
    if (this.instance) this.guard(() => this.instance?.dispose())
    this.instance = null
  }

  /** Brings the drawing up to date with the wanted chart, appending when it only grew. */
  private sync(): void {
    const next = this.wanted
    const plan: ChartUpdatePlan = this.redrawAll ? fullRedraw(next) : planChartUpdate(this.drawn, next)
    this.redrawAll = false
    switch (plan.kind) {
      case 'none':
        break
      case 'clear':
      case 'table':
        this.option = null
        this.guard(() => this.instance?.clear())
        break
      case 'rebuild':
        if (next && isEChartsChart(next)) this.rebuild(next)
        break
      case 'append':
        if (this.option) {
          const patch = applyAppends(this.option, plan.appends)
          this.guard(() => this.instance?.setOption(patch, { lazyUpdate: false }))
        }
        break
    }
    this.drawn = next
    this.report()
  }

  private rebuild(chart: ChartData): void {
    if (!isEChartsChart(chart)) return
    this.guard(() => {
      // Laid out for a chart f times smaller, then scaled up: the layout holds, the type grows.
      const f = this.textScale
      const option = scaledOption(chartOption(chart, { width: this.width / f, height: this.height / f }), f)
      hideInLegend(option, this.hidden)
      roundTooltipValues(option)
      drawAtOnce(option)
      this.option = option
      if (this.instance && (this.instance.getWidth() !== this.width || this.instance.getHeight() !== this.height)) {
        this.instance.dispose()
        this.instance = null
      }
      if (!this.instance) this.instance = this.init()
      this.instance.setOption(option, { notMerge: true })
    })
  }

  private init(): EChartsType {
    // zrender takes a single canvas at the size it has: a chart started after the page resized it must size it first.
    this.canvas.width = Math.round(this.width * this.dpr)
    this.canvas.height = Math.round(this.height * this.dpr)
    // An OffscreenCanvas has no nodeName: zrender draws on it as its single canvas.
    const instance = echarts.init(this.canvas as unknown as HTMLCanvasElement, undefined, { renderer: 'canvas', width: this.width, height: this.height, devicePixelRatio: this.dpr })
    instance.on('legendselectchanged', (event) => {
      const { selected } = event as { selected: Record<string, boolean> }
      this.hidden.clear()
      for (const [name, on] of Object.entries(selected)) if (!on) this.hidden.add(name)
      this.report()
    })
    instance.on('showTip', () => this.setTooltip(true))
    instance.on('hideTip', () => this.setTooltip(false))
    // No DOM to set a cursor on: the page is told, and sets it on its canvas.
    instance.getZr().handler.setHandlerProxy({
      setCursor: (cursor: string) => {
        if (cursor === this.cursor) return
        this.cursor = cursor
        this.report()
      },
      dispose: () => undefined,
    } as unknown as Parameters<ReturnType<EChartsType['getZr']>['handler']['setHandlerProxy']>[0])
    return instance
  }

  private setTooltip(shown: boolean): void {
    if (shown === this.tooltip) return
    this.tooltip = shown
    this.report()
  }

  /** ECharts failures must not break the worker: they are reported with the chart. */
  private guard(action: () => void): void {
    try {
      action()
      this.error = null
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e)
      // A setOption that threw leaves ECharts mid-update, refusing every later call: start anew.
      this.instance?.dispose()
      this.instance = null
      this.drawn = null
    }
  }

  private report(): void {
    const counts = this.option ? optionCounts(this.option) : { series: 0, points: 0 }
    this.reported({ ...counts, error: this.error, hidden: [...this.hidden], tooltip: this.tooltip, cursor: this.cursor })
  }
}
