import type { ChartData } from '../../charts/data.ts'
import type { ChartPointer, FromChartWorker, LiveChartReport, ToChartWorker } from './protocol.ts'

/** A live chart drawing in the chart worker: what its element on the page tells it. */
export interface LiveChartConnection {
  show(chart: ChartData | null): void
  resize(width: number, height: number): void
  pointer(pointer: ChartPointer): void
  detach(): void
}

/** Where live charts draw: `attach` hands a canvas over, reports come back to `reported`. */
export interface LiveChartHost {
  attach(canvas: HTMLCanvasElement, width: number, height: number, reported: (report: LiveChartReport) => void): LiveChartConnection
}

/**
 * The page's side of the chart worker, started with the first live chart. A canvas's control is
 * transferred to the worker, which draws on it with ECharts: the page only forwards the chart,
 * its size and the pointer, so no redraw, however large, is a task of the main thread.
 */
class WorkerHost implements LiveChartHost {
  private worker: Worker | null = null
  private nextId = 1
  private readonly listeners = new Map<number, (report: LiveChartReport) => void>()

  attach(canvas: HTMLCanvasElement, width: number, height: number, reported: (report: LiveChartReport) => void): LiveChartConnection {
    const id = this.nextId++
    this.listeners.set(id, reported)
    const offscreen = canvas.transferControlToOffscreen()
    this.post({ kind: 'attach', id, canvas: offscreen, width, height, dpr: window.devicePixelRatio || 1 }, [offscreen])
    return {
      show: (chart) => this.post({ kind: 'show', id, chart }),
      resize: (w, h) => this.post({ kind: 'resize', id, width: w, height: h }),
      pointer: (pointer) => this.post({ kind: 'pointer', id, pointer }),
      detach: () => {
        this.listeners.delete(id)
        this.post({ kind: 'detach', id })
      },
    }
  }

  private post(message: ToChartWorker, transfer: Transferable[] = []): void {
    this.started().postMessage(message, transfer)
  }

  private started(): Worker {
    if (this.worker) return this.worker
    const worker = new Worker(new URL('./live-charts-worker.ts', import.meta.url), { type: 'module' })
    worker.onmessage = (e: MessageEvent<FromChartWorker>) => this.listeners.get(e.data.id)?.(e.data.report)
    worker.onerror = (e) => {
      const report: LiveChartReport = { series: 0, points: 0, error: `the chart worker failed: ${e.message}`, hidden: [], tooltip: false, cursor: 'default' }
      for (const listener of this.listeners.values()) listener(report)
    }
    this.worker = worker
    return worker
  }
}

let host: LiveChartHost | null = null

/** The host live charts draw through (the chart worker, unless `useLiveChartHost` set another). */
export function liveChartHost(): LiveChartHost {
  host ??= new WorkerHost()
  return host
}

/** Draws live charts through `next` from now on: for a page without workers (component tests). */
export function useLiveChartHost(next: LiveChartHost): void {
  host = next
}
