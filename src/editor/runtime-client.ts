import { Subject } from 'rxjs'
import type { Observable } from 'rxjs'
import type { GraphDocument } from '../graph/graph-file.ts'
import type { ExportTarget } from '../export/index.ts'
import type { ExportReply, ExportRequest, FromWorker, ToWorker } from './worker/protocol.ts'

/** The page's side of the worker: send edits and commands, receive batched frames. */
export class RuntimeClient {
  private readonly worker: Worker
  private readonly messages = new Subject<FromWorker>()
  readonly messages$: Observable<FromWorker> = this.messages.asObservable()
  /** Exports asked for and not answered yet, by request id. */
  private readonly exports = new Map<number, (reply: ExportReply) => void>()
  private nextExport = 1

  constructor() {
    this.worker = new Worker(new URL('./worker/runtime-worker.ts', import.meta.url), { type: 'module' })
    this.worker.onmessage = (e: MessageEvent<FromWorker | ExportReply>) => {
      const m = e.data
      if (m.kind === 'exported' || m.kind === 'exportFailed') {
        this.exports.get(m.id)?.(m)
        this.exports.delete(m.id)
      } else this.messages.next(m)
    }
    this.worker.onerror = (e) => this.messages.next({ kind: 'refused', message: `the runtime worker failed: ${e.message}`, request: { kind: 'command', command: 'pause' } })
  }

  send(message: ToWorker): void {
    this.worker.postMessage(message)
  }

  /** Exports a graph in the worker (where the compute is); resolves with the zip or the reasons there is none. */
  exportGraph(doc: GraphDocument, to: ExportTarget): Promise<ExportReply> {
    const id = this.nextExport++
    const request: ExportRequest = { kind: 'export', id, doc, to }
    return new Promise((resolve) => {
      this.exports.set(id, resolve)
      this.worker.postMessage(request)
    })
  }

  dispose(): void {
    this.worker.terminate()
    this.messages.complete()
  }
}
