import { Subject } from 'rxjs'
import type { Observable } from 'rxjs'
import type { Tweak } from '../graph/graph-file.ts'
import { recordTweak } from '../graph/tweaks.ts'
import type { TweakEdit } from '../graph/tweaks.ts'
import type { OutputSpecs, Process, ProcessEvent, RunCommand } from './define-node.ts'
import type { InputKey, NodeRecord } from './node-record.ts'
import type { GatheredInputs } from './inputs.ts'

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
  /** A process replays recorded tweaks due now: make their edits and propagate them before it steps on. */
  replay(edits: readonly { edit: TweakEdit; value: Tweak['value'] }[]): void
  /** The nodes a node's value depends on, itself included: the edits that can reach it. */
  upstream(nodeId: string): ReadonlySet<string>
  /** The short text a curve marker shows for an edit. */
  label(edit: TweakEdit): string
}

/**
 * Hosts the long-running nodes' processes: starts them, forwards run control and new values
 * of live inputs and live params to them, remembers play for a node that is not running yet, and keeps the
 * log of the tweaks made live during this session.
 */
export class ProcessHost {
  private readonly subject = new Subject<RuntimeEvent>()
  /** Nodes the user pressed play on: a (re)started process of theirs runs at once. */
  private readonly playing = new Set<string>()
  private liveTweaks: Tweak[] = []
  /** The gesture behind each node's latest param edit, handed on with the live values it causes. */
  private readonly gestures = new Map<string, number>()
  /** The edits made since each long-running node last took its own: what a tweak records. */
  private edits: TweakEdit[] = []
  private readonly editsTaken = new Map<string, number>()
  /** Trainers that restarted: their tweaks no longer describe the run, the graph as it stands does. */
  private readonly restarted = new Set<string>()
  /** Set while recorded tweaks are being replayed: their edits are not new tweaks. */
  private replaying = false

  /** Step, epoch, status, tweak, done and error events of every long-running node. */
  readonly events: Observable<RuntimeEvent> = this.subject.asObservable()

  constructor(
    /** Processes start running by themselves (the CLI), or wait for play (the editor). */
    readonly autoplay: boolean,
    private readonly listener: ProcessHostListener,
    /** Processes keep the speed their node asks for (the editor, watched), or run flat out (the CLI). */
    readonly paced = false,
  ) {}

  /** The tweaks a node should replay: the file's and those made live since, naming it as trainer. */
  tweaksFor(nodeId: string, fileTweaks: readonly Tweak[]): Tweak[] {
    return [...fileTweaks.filter((t) => !this.restarted.has(t.trainer)), ...this.liveTweaks].filter((t) => t.trainer === nodeId)
  }

  /** The file's tweaks still describing a run (a trainer that restarted drops its own), then those made live, in order. */
  recordedTweaks(fileTweaks: readonly Tweak[]): Tweak[] {
    return structuredClone([...fileTweaks.filter((t) => !this.restarted.has(t.trainer)), ...this.liveTweaks])
  }

  /** An edit of the graph: a running trainer it reaches records it as a tweak (unless it is a replay). */
  noteEdit(edit: TweakEdit): void {
    if (edit.from === undefined || edit.from === edit.value) return
    // A replayed edit reaches the other trainers it fed too: they take it at their own recorded step.
    if (this.replaying) edit = { ...edit, replayed: true }
    // A reconnection is a disconnection and a connection: one edit, from the first source to the last.
    // Only a disconnection still waiting for its connection takes one in: joining an earlier, finished
    // reconnection (a swap that an undo now takes back) would hide the new change from the trainers.
    const open = edit.input !== undefined && edit.from === '' ? this.edits.findLastIndex((e) => e.node === edit.node && e.input === edit.input && e.value === '') : -1
    if (open >= 0) this.edits[open] = { ...this.edits[open], value: edit.value }
    else this.edits.push(edit)
  }

  /** An edit as its whole gesture so far: one drag's label runs from the value before the drag to this one. */
  private wholeGesture(edit: TweakEdit): TweakEdit {
    if (edit.gesture === undefined || edit.param === undefined) return edit
    const first = this.edits.find((e) => e.gesture === edit.gesture && e.node === edit.node && e.param === edit.param)
    return first ? { ...edit, from: first.from } : edit
  }

  /** The edits made since the node last took them that can reach it. */
  takeEdits(nodeId: string): TweakEdit[] {
    const from = this.editsTaken.get(nodeId) ?? 0
    this.editsTaken.set(nodeId, this.edits.length)
    const upstream = this.listener.upstream(nodeId)
    // A connection to an input that had none, or a disconnection alone, is no change a run can carry on through.
    return this.edits
      .slice(from)
      .filter((e) => upstream.has(e.node) && e.value !== '' && e.from !== '' && e.from !== e.value)
      .map((e) => ({ ...e, label: this.listener.label(this.wholeGesture(e)) }))
  }

  /** Makes recorded edits again (a replay): they are not recorded anew. */
  replay(run: () => void): void {
    this.replaying = true
    try {
      run()
    } finally {
      this.replaying = false
    }
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
      replay: (edits) => {
        if (current()) this.listener.replay(edits)
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

  /**
   * New values on live inputs, or of live params, reach the running process instead of
   * restarting it; each kind only when it changed.
   */
  live(record: NodeRecord, key: InputKey, values: Pick<GatheredInputs, 'live' | 'liveParams'>): void {
    const c = record.computation
    if (c.kind !== 'process') return
    record.replace({ ...c, key })
    if (c.key.live !== key.live) {
      const edits = this.takeEdits(record.id)
      for (const [port, { value, source }] of Object.entries(values.live)) c.process.live(port, value, source, this.gestures.get(source), edits)
    }
    if (c.key.liveParams !== key.liveParams) c.process.liveParams?.(values.liveParams)
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
    this.edits = []
    this.editsTaken.clear()
    this.restarted.clear()
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
      case 'restarted':
        this.restarted.add(record.id)
        this.liveTweaks = this.liveTweaks.filter((t) => t.trainer !== record.id)
        return
      default:
        return
    }
  }
}
