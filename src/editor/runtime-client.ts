import { Subject } from 'rxjs'
import type { Observable } from 'rxjs'
import type { FromWorker, ToWorker } from './worker/protocol.ts'

/** The page's side of the worker: send edits and commands, receive batched frames. */
export class RuntimeClient {
  private readonly worker: Worker
  private readonly messages = new Subject<FromWorker>()
  readonly messages$: Observable<FromWorker> = this.messages.asObservable()

  constructor() {
    this.worker = new Worker(new URL('./worker/runtime-worker.ts', import.meta.url), { type: 'module' })
    this.worker.onmessage = (e: MessageEvent<FromWorker>) => this.messages.next(e.data)
    this.worker.onerror = (e) => this.messages.next({ kind: 'refused', message: `the runtime worker failed: ${e.message}`, request: { kind: 'command', command: 'pause' } })
  }

  send(message: ToWorker): void {
    this.worker.postMessage(message)
  }

  dispose(): void {
    this.worker.terminate()
    this.messages.complete()
  }
}
