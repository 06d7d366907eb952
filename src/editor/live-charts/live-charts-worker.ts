/// <reference lib="webworker" />
// The page's live charts (the board's and the large view's) draw here, off the main thread.
import { RedrawPacer } from '../redraw-pacer.ts'
import { prepareEChartsForWorker, workerClock } from '../worker/chart-painter.ts'
import { LiveChart } from './live-chart.ts'
import type { FromChartWorker, ToChartWorker } from './protocol.ts'

declare const self: DedicatedWorkerGlobalScope

prepareEChartsForWorker()
const pacer = new RedrawPacer<LiveChart>(workerClock)
const charts = new Map<number, LiveChart>()

function post(message: FromChartWorker): void {
  self.postMessage(message)
}

self.onmessage = (e: MessageEvent<ToChartWorker>) => {
  const msg = e.data
  switch (msg.kind) {
    case 'attach':
      charts.get(msg.id)?.dispose()
      charts.set(msg.id, new LiveChart(msg.canvas, msg.width, msg.height, msg.dpr, pacer, (report) => post({ kind: 'report', id: msg.id, report })))
      break
    case 'show':
      charts.get(msg.id)?.show(msg.chart)
      break
    case 'resize':
      charts.get(msg.id)?.resize(msg.width, msg.height)
      break
    case 'pointer':
      charts.get(msg.id)?.pointer(msg.pointer)
      break
    case 'detach':
      charts.get(msg.id)?.dispose()
      charts.delete(msg.id)
      break
  }
}
