/// <reference lib="webworker" />
// The runtime lives here, off the page's main thread; the page sees batched frames.
import { createRegistry } from '../../../nodes/index.ts'
import { Runtime } from '../../runtime/runtime.ts'
import { isLongRunning } from '../../runtime/define-node.ts'
import { Port } from '../../runtime/ports.ts'
import type { Subscription } from 'rxjs'
import type { ExportReply, ExportRequest, FromWorker, ToWorker, TweakRecord } from './protocol.ts'
import { addTweakRecord } from './protocol.ts'
import type { NodeRuntimeView, ProgressView } from '../view-types.ts'
import { nodeView } from './views.ts'
import { RateMeter, failedProgress, progressView } from './progress.ts'
import { ChartPainter, prepareEChartsForWorker, workerClock } from './chart-painter.ts'

declare const self: DedicatedWorkerGlobalScope

const FRAME_MS = 16
const registry = createRegistry()
const runtime = new Runtime(registry, { autoplay: false, paced: true })
const watched = new Map<string, Subscription>()
const changed = new Set<string>()
const rates = new Map<string, RateMeter>()
let tweaks: TweakRecord[] = []
const painter = new ChartPainter(workerClock, (id) => markChanged(id))
prepareEChartsForWorker()
let frameTimer: ReturnType<typeof setTimeout> | null = null

function post(message: FromWorker): void {
  self.postMessage(message)
}

function scheduleFrame(): void {
  frameTimer ??= setTimeout(flushFrame, FRAME_MS)
}

/** At most one message per frame, holding the latest view of each changed node. */
function flushFrame(): void {
  frameTimer = null
  const nodes: Record<string, NodeRuntimeView> = {}
  const progress: ProgressView[] = []
  const now = performance.now()
  // A paint may mark its node changed again: that lands in the next frame.
  const ids = [...changed]
  changed.clear()
  for (const id of ids) {
    const node = runtime.node(id)
    const schema = node && registry.get(node.type)
    if (!node || !schema) {
      painter.forget(id)
      continue
    }
    const state = runtime.stateNow(id)
    nodes[id] = nodeView(runtime, id, schema, state, (chart) => painter.picture(id, chart))
    if (!isLongRunning(registry.definition(node.type))) continue
    const snapshot = runtime.value(id, 'training', Port.Training)
    if (state.status === 'error' || state.status === 'blocked') {
      progress.push(failedProgress(id, node.title ?? id, state, snapshot?.epochs ?? Number(node.params.epochs ?? 0)))
    } else if (snapshot) {
      const meter = rates.get(id) ?? new RateMeter()
      rates.set(id, meter)
      progress.push(progressView(snapshot, meter.rate(snapshot.step, now)))
    }
  }
  post({ kind: 'frame', nodes, progress, tweaks })
  tweaks = []
}

function markChanged(id: string): void {
  changed.add(id)
  scheduleFrame()
}

/** Watches the state and outputs of every node in the graph (and only those). */
function watchNodes(): void {
  const ids = new Set(runtime.nodeIds())
  for (const [id, sub] of watched) {
    if (!ids.has(id)) {
      sub.unsubscribe()
      watched.delete(id)
    }
  }
  for (const id of ids) {
    const node = runtime.node(id)
    if (!node || watched.has(node.id)) continue
    const schema = registry.get(node.type)
    if (!schema) continue
    const sub = runtime.state(node.id).subscribe(() => markChanged(node.id))
    for (const port of Object.keys(schema.outputs)) sub.add(runtime.output(node.id, port).subscribe(() => markChanged(node.id)))
    watched.set(node.id, sub)
  }
}

runtime.events.subscribe(({ event }) => {
  if (event.kind === 'tweak') {
    tweaks = addTweakRecord(tweaks, { tweak: event.tweak, continues: event.continues })
    scheduleFrame()
  }
})

function apply(msg: ToWorker): void {
  switch (msg.kind) {
    case 'load':
      for (const sub of watched.values()) sub.unsubscribe()
      watched.clear()
      rates.clear()
      runtime.load(msg.doc)
      break
    case 'setParam':
      runtime.setParam(msg.nodeId, msg.name, msg.value, msg.gesture)
      break
    case 'setTitle':
      runtime.setTitle(msg.nodeId, msg.title)
      break
    case 'addNode':
      runtime.addNode(msg.node)
      break
    case 'removeNode':
      runtime.removeNode(msg.nodeId)
      painter.forget(msg.nodeId)
      break
    case 'connect':
      runtime.connect(msg.connection)
      break
    case 'disconnect':
      runtime.disconnect(msg.connection)
      break
    case 'command':
      runtime.command(msg.command, msg.nodeId)
      break
    case 'chartSize':
      if (painter.setSize(msg.nodeId, { width: msg.width, height: msg.height })) markChanged(msg.nodeId)
      break
  }
  watchNodes()
}

self.onmessage = (e: MessageEvent<ToWorker | ExportRequest>) => {
  if (e.data.kind === 'export') {
    // The exporters (protobufjs, ONNX's schema) load with the first export, not with the worker.
    const request = e.data
    void import('./export-job.ts')
      .then(({ runExport }) => runExport(request, registry))
      .catch((err: unknown): ExportReply => ({ kind: 'exportFailed', id: request.id, lines: [`the exporters could not be loaded: ${err instanceof Error ? err.message : String(err)}`] }))
      .then((reply) => self.postMessage(reply, reply.kind === 'exported' ? [reply.zip.buffer] : []))
    return
  }
  try {
    apply(e.data)
  } catch (err) {
    post({ kind: 'refused', message: err instanceof Error ? err.message : String(err), request: e.data })
  }
}
