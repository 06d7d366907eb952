import { Subject } from 'rxjs'
import type { Observable } from 'rxjs'
import type { Tweak } from '../graph/graph-file.ts'
import { recordTweak } from '../graph/tweaks.ts'
import type { OutputSpecs, Process, ProcessEvent, RunCommand } from './define-node.ts'
import type { InputKey, NodeRecord } from './node-record.ts'

export interface RuntimeEvent {
  readonly nodeId: string
  readonly event: ProcessEvent
}

/** What the host tells the propagator about the processes it runs. */
export interface ProcessHostListener {
  /** A process published new outputs: its children must be brought up to date. */
  published(record: NodeRecord): void
  /** A process paused: the runtime may have become idle. */
  paused(): void
  /** A process finished or failed: the runtime may have become idle, or have work unblocked. */
  stopped(): void
}

/**
 * Hosts the long-running nodes' processes: starts them, forwards run control and new values
 * of live inputs to them, remembers play for a node that is not running yet, and keeps the
 * log of the tweaks made live during this session.
 */
export class ProcessHost {
  private readonly subject = new Subject<RuntimeEvent>()
  /** Nodes the user pressed play on: a (re)started process of theirs runs at once. */
  private readonly playing = new Set<string>()
  private liveTweaks: Tweak[] = []
  /** The gesture behind each node's latest param edit, handed on with the live values it causes. */
  private readonly gestures = new Map<string, number>()

  /** Step, epoch, status, tweak, done and error events of every long-running node. */
  readonly events: Observable<RuntimeEvent> = this.subject.asObservable()

  constructor(
    /** Processes start running by themselves (the CLI), or wait for play (the editor). */
    readonly autoplay: boolean,
    private readonly listener: ProcessHostListener,
  ) {}

  /** The tweaks a node should replay: the file's and those made live since, naming it as trainer. */
  tweaksFor(nodeId: string, fileTweaks: readonly Tweak[]): Tweak[] {
    return [...fileTweaks, ...this.liveTweaks].filter((t) => t.trainer === nodeId)
  }

  /** The tweaks made live during this session, in order. */
  recordedTweaks(): Tweak[] {
    return structuredClone(this.liveTweaks)
  }

  /** Makes the process the node's computation and starts it. */
  start(record: NodeRecord, process: Process<OutputSpecs>, key: InputKey): void {
    record.replace({ kind: 'process', key, process })
    const current = (): boolean => {
      const c = record.computation
      return c.kind === 'process' && c.process === process
    }
    process.start({
      emit: (outputs) => {
        if (!current()) return
        record.outputs.publish(outputs)
        this.listener.published(record)
      },
      event: (event) => {
        if (!current()) return
        this.onEvent(record, event)
        this.subject.next({ nodeId: record.id, event })
      },
    })
    if (record.state.value.status === 'evaluating') record.setState({ status: 'ready' })
    if (this.playing.has(record.id) && !this.autoplay) process.command('play')
  }

  /** The gesture (a slider drag) that made a node's latest param edit, or none. */
  noteGesture(nodeId: string, gesture: number | undefined): void {
    if (gesture === undefined) this.gestures.delete(nodeId)
    else this.gestures.set(nodeId, gesture)
  }

  /** New values on live inputs reach the running process instead of restarting it. */
  live(record: NodeRecord, key: InputKey, values: Readonly<Record<string, { value: unknown; source: string }>>): void {
    const c = record.computation
    if (c.kind !== 'process') return
    record.replace({ ...c, key })
    for (const [port, { value, source }] of Object.entries(values)) c.process.live(port, value, source, this.gestures.get(source))
  }

  /** Run control: play is remembered, so a node still being evaluated starts running when ready. */
  command(cmd: RunCommand, records: Iterable<NodeRecord>): void {
    for (const record of records) {
      if (cmd === 'play') this.playing.add(record.id)
      else this.playing.delete(record.id)
      const c = record.computation
      if (c.kind === 'process') c.process.command(cmd)
    }
  }

  /** Whether the node's process is running now: its state, set from the process's own status events, says so. */
  isRunning(record: NodeRecord): boolean {
    return record.computation.kind === 'process' && record.state.value.status === 'running'
  }

  forget(nodeId: string): void {
    this.playing.delete(nodeId)
  }

  /** A new graph: nothing is playing and no tweak was made yet. */
  clear(): void {
    this.playing.clear()
    this.gestures.clear()
    this.liveTweaks = []
  }

  dispose(): void {
    this.subject.complete()
  }

  private onEvent(record: NodeRecord, event: ProcessEvent): void {
    switch (event.kind) {
      case 'status':
        record.setState({ status: event.status === 'running' ? 'running' : 'ready' })
        if (event.status === 'paused') this.listener.paused()
        return
      case 'done':
        this.playing.delete(record.id)
        record.setState({ status: 'ready' })
        this.listener.stopped()
        return
      case 'error':
        record.setState({ status: 'error', error: event.message })
        this.listener.stopped()
        return
      case 'tweak':
        this.liveTweaks = recordTweak(this.liveTweaks, event.tweak, event.continues)
        return
      default:
        return
    }
  }
}
