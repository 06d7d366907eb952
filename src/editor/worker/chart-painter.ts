import type { ChartData } from '../../charts/data.ts'
import type { ChartPicture, ChartSize } from '../../charts/index.ts'
import { echarts, isEChartsChart, paintChart } from '../../charts/index.ts'
import { RedrawPacer } from '../redraw-pacer.ts'
import type { PacerClock } from '../redraw-pacer.ts'

interface Painted {
  readonly chart: ChartData
  readonly size: ChartSize
}

/**
 * Paints the charts of plot nodes to SVG in the worker, at the size each takes on the page,
 * so a redraw costs the page a markup swap instead of a whole ECharts update. Painting is
 * paced like the page's own charts: a chart that changes every step is painted a few times a
 * second, and its latest state is always painted in the end.
 */
export class ChartPainter {
  private readonly sizes = new Map<string, ChartSize>()
  private readonly pictures = new Map<string, ChartPicture>()
  private readonly painted = new Map<string, Painted>()
  private readonly pacer: RedrawPacer<string>

  /** `repainted` is called for a node whose picture changed outside `picture` (a paced paint). */
  constructor(
    clock: PacerClock,
    private readonly repainted: (nodeId: string) => void,
  ) {
    this.pacer = new RedrawPacer<string>(clock)
  }

  /** The page laid a node's chart out at this size. Returns whether it changed. */
  setSize(nodeId: string, size: ChartSize): boolean {
    const known = this.sizes.get(nodeId)
    if (known && known.width === size.width && known.height === size.height) return false
    this.sizes.set(nodeId, size)
    return true
  }

  /**
   * The latest picture of a node's chart, asking for a new one when the chart or its size
   * changed (painted now if the pacer allows, else later, followed by `repainted`).
   */
  picture(nodeId: string, chart: ChartData | null): ChartPicture | null {
    const size = this.sizes.get(nodeId)
    if (!chart || !isEChartsChart(chart) || !size) return null
    const last = this.painted.get(nodeId)
    if (last?.chart !== chart || last.size !== size) {
      this.painted.set(nodeId, { chart, size })
      let synchronous = true
      this.pacer.request(nodeId, () => {
        this.pictures.set(nodeId, paintChart(chart, size))
        if (!synchronous) this.repainted(nodeId)
      })
      synchronous = false
    }
    return this.pictures.get(nodeId) ?? null
  }

  forget(nodeId: string): void {
    this.sizes.delete(nodeId)
    this.pictures.delete(nodeId)
    this.painted.delete(nodeId)
    this.pacer.forget(nodeId)
  }
}

/** The worker's clock: a frame is the next 16 ms tick. */
export const workerClock: PacerClock = {
  now: () => performance.now(),
  frame: (callback) => void setTimeout(callback, 16),
  afterTask: (callback) => void setTimeout(callback, 0),
}

/**
 * Lets ECharts run in a worker. It looks for its defaults on `window`, else on Node's
 * `global`: a worker has neither, so `global` is made to name the worker's global scope.
 * It measures text on a canvas it gets from the DOM: an offscreen canvas resolves fonts as
 * the page does, so labels are laid out for the font they show in. The extra layers zrender
 * draws some elements on (a large chart's hover layer) are offscreen canvases too.
 */
export function prepareEChartsForWorker(): void {
  const scope = globalThis as { global?: unknown }
  scope.global ??= globalThis
  const context = new OffscreenCanvas(1, 1).getContext('2d')
  if (!context) return
  echarts.setPlatformAPI({
    createCanvas: () => new OffscreenCanvas(1, 1) as unknown as HTMLCanvasElement,
    measureText: (text, font) => {
      context.font = font ?? '12px sans-serif'
      return { width: context.measureText(text).width }
    },
  })
}
