import { SliceTimer } from './slice-timer.ts'
import { recordEdits, recordParamChange } from './live-tweaks.ts'
import type { RecordedTweak } from './live-tweaks.ts'
import type { TweakEdit } from '../../graph/tweaks.ts'
import type { OutputSpecs, Process, ProcessSink, RunCommand } from '../define-node.ts'
import type { TypedPort } from '../ports.ts'
import type { OptimizerSpec, TrainingSnapshot, TrainingStatus } from '../values.ts'
import type { TrainingSession } from './session.ts'
import { lossFunction, snapshot } from './snapshot.ts'
import { editsDue } from './tweak-replay.ts'
import type { SessionChange } from './changes.ts'
import { compareInputs, liveOptimizerUpdate, optimizerChange } from './changes.ts'
import type { RunState, TrainerOptions } from './run-state.ts'
import { SLICE_MS, applyPending, effectiveStep, freshRun, replayedStep } from './run-state.ts'

type Outputs = { training: { port: TypedPort<'Training', TrainingSnapshot> } } & OutputSpecs

/**
 * Runs a TrainingSession in slices on a scheduler and obeys run control. A change it can take
 * (hyperparameters, another optimizer, batch size, epochs, loss, data of the same shape)
 * carries the run on at the next step or epoch start, recorded as a tweak; recorded tweaks
 * replay as the same edits at their steps; other changes restart it, saying why.
 */
export class TrainerProcess implements Process<Outputs> {
  private sink: ProcessSink<Outputs> | null = null
  private run!: RunState
  private readonly slices: SliceTimer
  private lossAt!: (weights: readonly number[]) => number
  private readonly now: () => number
  /** Set while this process asks the runtime to make edits again (a replay, or a reset bringing the graph to its latest state). */
  private replaying: 'edits' | 'reset' | null = null
  /** The run as it was when this process was disposed: the process replacing it may carry it on. */
  private handed: RunState | null = null

  constructor(private readonly options: TrainerOptions) {
    this.now = options.now ?? (() => performance.now())
    this.slices = new SliceTimer(options.scheduler, () => this.runSlice())
  }

  private get session(): TrainingSession {
    return this.run.session
  }

  start(sink: ProcessSink<Outputs>): void {
    this.sink = sink
    const prev = this.options.previous instanceof TrainerProcess ? this.options.previous : null
    const before = prev?.handed ?? null
    if (prev?.replaying === 'reset' && before) return this.startOver(before.runId + 1)
    const all = this.options.edits ?? []
    // Edits another trainer's replay made: this run takes them at the step it recorded them at.
    const at = before ? replayedStep(before, all) : null
    // A run that has not taken a step yet has nothing to carry on: it starts from the graph as it is.
    if (prev && before && before.status !== 'error' && (before.session.step > 0 || at !== null)) {
      const next = compareInputs(before.inputs, this.options.inputs)
      const edits = prev.replaying !== null ? [] : all.filter((e) => !e.replayed)
      // A change no edit of the graph made (a data file reloaded, say) could not be replayed: it restarts.
      if (next.kind === 'continue' && at !== null) this.carryOn(before, next.changes, [], at)
      else if (next.kind === 'continue' && (next.changes.length === 0 || prev.replaying !== null || edits.length > 0)) this.carryOn(before, next.changes, edits)
      else this.restartFrom(before, next.kind === 'restart' ? next.reason : 'the inputs changed: restarted')
      return
    }
    this.begin()
    if (this.options.autoplay) this.command('play')
  }

  /** Takes over a run from the process this one replaces, with the changes it must now make. */
  private carryOn(run: RunState, changes: readonly SessionChange[], edits: readonly TweakEdit[], at: number | null = null): void {
    this.run = { ...run, inputs: this.options.inputs }
    if (changes.length > 0) {
      const step = at ?? effectiveStep(this.session, changes)
      this.run.pending = [...this.run.pending, { changes, step }]
      this.record(recordEdits(this.run, edits, this.options.trainerId, step))
      this.applyNow()
    }
    this.emit()
    // The node's state follows the status events: the run it took over is still running (or paused).
    if (this.run.status === 'running' || this.run.status === 'paused') this.sink?.event({ kind: 'status', status: this.run.status })
    if (this.run.goal !== null) this.slices.schedule()
  }

  /** Changes due now apply at once: a finished run given more epochs can run again. */
  private applyNow(): void {
    if (!applyPending(this.run)) return
    this.lossAt = lossFunction(this.session)
    if (this.run.status === 'done' && !this.session.done) this.run.status = 'paused'
  }

  private record(recorded: readonly RecordedTweak[]): void {
    for (const { tweak, continues } of recorded) this.sink?.event({ kind: 'tweak', tweak, continues })
  }

  /** A fresh run of the inputs as they stand (a start, a reset, or a change the weights cannot take). */
  private begin(earlier: RunState['earlier'] = [], runId = 1): void {
    this.slices.cancel()
    // The inputs as they stand: a live optimizer change since this process started included.
    const inputs = (this.run as RunState | undefined)?.inputs ?? this.options.inputs
    const session = this.options.createSession(inputs)
    const tweaks = runId === 1 ? this.options.tweaks : []
    this.run = freshRun(session, inputs, this.options.optimizerSource, tweaks, earlier, runId)
    this.lossAt = lossFunction(session)
    this.emit()
  }

  command(cmd: RunCommand): void {
    switch (cmd) {
      case 'reset':
        // The graph takes every tweak's latest value (as the file and the editor show it); a process re-evaluated by that starts over instead.
        this.replayEdits(this.run.tweaks.map((t) => ({ edit: t, value: t.value })), 'reset')
        if (this.sink) this.startOver(this.run.runId + 1)
        return
      case 'pause':
        this.run.goal = null
        if (this.run.status === 'running') this.setStatus('paused')
        return
      case 'play':
      case 'stepBatch':
      case 'stepEpoch':
        if (this.run.status === 'done' || this.run.status === 'error') return
        this.run.goal = cmd === 'play' ? 'run' : cmd === 'stepBatch' ? 'batch' : 'epoch'
        this.options.pacing?.restart()
        this.setStatus('running')
        this.slices.schedule()
    }
  }

  live(port: string, value: unknown, source: string, gesture?: number, edits: readonly TweakEdit[] = []): void {
    if (port !== 'optimizer') return
    const next = value as OptimizerSpec
    const prev = this.run.inputs.optimizer
    this.run.inputs = { ...this.run.inputs, optimizer: next }
    const update = liveOptimizerUpdate(prev, next, source !== this.run.optimizerSource)
    if (update.kind === 'swap') return this.swapOptimizer(prev, next, source, edits)
    if (update.kind === 'restart') return this.restartFrom(this.run, update.reason)
    const { values } = update
    // Another trainer's replay set a shared optimizer node: this run takes it at the step it recorded, and records nothing new.
    if (edits.some((e) => e.replayed)) {
      this.run.pending.push({ changes: [{ kind: 'hyperparameters', values }], step: replayedStep(this.run, edits) ?? this.session.step })
      return this.applyNow()
    }
    this.session.apply({ kind: 'hyperparameters', values })
    // One drag, one tweak: a gesture's later values carry its tweak on.
    const change = (param: string) => ({ node: source, param, value: values[param], from: prev.config[param] })
    if (this.replaying === null) this.record(Object.keys(values).map((p) => recordParamChange(this.run, change(p), gesture, this.options.trainerId, this.session.step)))
    this.emit()
  }

  /** Another optimizer node connected: same weights, a fresh optimizer (its state starts at zero). */
  private swapOptimizer(prev: OptimizerSpec, next: OptimizerSpec, source: string, edits: readonly TweakEdit[]): void {
    const change = optimizerChange(prev, next)
    if (change.kind === 'restart' || (this.replaying === null && edits.length === 0)) {
      this.restartFrom(this.run, change.kind === 'restart' ? change.reason : 'the optimizer changed: restarted')
      return
    }
    this.run.optimizerSource = source
    this.run.gesture = null
    for (const c of change.changes) this.session.apply(c)
    if (this.replaying === null) this.record(recordEdits(this.run, edits, this.options.trainerId, this.session.step))
    this.emit()
  }

  /** Starts over from the graph as it stands: the tweaks made so far no longer describe the run. */
  private startOver(runId: number): void {
    this.begin([], runId)
    this.sink?.event({ kind: 'restarted', reason: null })
  }

  /** A fresh run after `before`, which stays on the curves with the reason; a run that was playing plays on. */
  private restartFrom(before: RunState, reason: string): void {
    this.begin([...before.earlier, { history: before.session.history, reason }], before.runId + 1)
    this.sink?.event({ kind: 'restarted', reason })
    if (before.goal === 'run' || this.options.autoplay) this.command('play')
  }

  /** A new speed applies to the next step: a slice waiting for the old one is rescheduled. */
  liveParams(values: Readonly<Record<string, unknown>>): void {
    const pacing = this.options.pacing
    if (!pacing) return
    pacing.update(values)
    if (this.run.goal === null) return
    this.slices.cancel()
    this.slices.schedule(this.waitBeforeStep())
  }

  dispose(): void {
    this.slices.cancel()
    this.handed = { ...this.run }
    this.run.goal = null
    this.sink = null
  }

  private setStatus(status: TrainingStatus): void {
    if (this.run.status === status) return
    this.run.status = status
    if (status === 'running' || status === 'paused') this.sink?.event({ kind: 'status', status })
    this.emit()
  }

  /** How long the speed asks to wait before the next step; Step (one batch) never waits. */
  private waitBeforeStep(): number {
    return this.run.goal === 'batch' ? 0 : (this.options.pacing?.wait() ?? 0)
  }

  /**
   * Makes the recorded edits due before the next step again, once: the runtime propagates
   * them at once, so the change reaches this run — or the process that carries it on, in
   * which case this one is disposed and returns false.
   */
  private replayDue(): boolean {
    const step = this.session.step
    if (this.run.replayed >= step) return true
    this.run.replayed = step
    this.replayEdits(editsDue(this.run.tweaks, step), 'edits')
    return this.sink !== null
  }

  private replayEdits(edits: ReturnType<typeof editsDue>, why: 'edits' | 'reset'): void {
    if (edits.length === 0 || !this.sink) return
    this.replaying = why
    try {
      this.sink.replay(edits)
    } finally {
      this.replaying = null
    }
  }

  private runSlice(): void {
    const started = this.now()
    let ran = 0
    while (this.run.goal !== null && this.sink) {
      if (!this.replayDue()) return
      this.applyNow()
      if (this.session.done) {
        this.finish()
        return
      }
      if (this.waitBeforeStep() > 0) break
      let outcome
      try {
        outcome = this.session.runStep()
      } catch (e) {
        this.fail(e instanceof Error ? e.message : String(e))
        return
      }
      ran++
      this.options.pacing?.took()
      this.sink.event({ kind: 'step', step: outcome.step, epoch: outcome.epoch, loss: outcome.loss })
      if (outcome.divergence) {
        this.fail(`diverged at step ${outcome.step}: ${outcome.divergence}`)
        return
      }
      if (outcome.epochLogs) this.sink.event({ kind: 'epoch', epoch: outcome.epoch, logs: outcome.epochLogs })
      if (this.run.goal === 'batch' || (outcome.epochLogs && (this.run.goal === 'epoch' || this.options.pacing?.pausesEachEpoch))) {
        this.run.goal = null
        if (this.session.done) this.finish()
        else this.setStatus('paused')
        return
      }
      // A finished run still replays the edits due at its last step (more epochs, say) before it ends.
      if (this.session.done) continue
      if (this.now() - started >= SLICE_MS) break
    }
    const wait = this.waitBeforeStep()
    // Nothing new to show after a slice that found its step not yet due; a watched run shows at its own pace.
    if (ran > 0 && (this.options.pacing?.shows(wait) ?? true)) this.emit()
    if (this.run.goal !== null) this.slices.schedule(wait)
  }

  private finish(): void {
    this.run.goal = null
    this.run.status = 'done'
    this.emit()
    this.sink?.event({ kind: 'done' })
  }

  private fail(message: string): void {
    this.run.goal = null
    this.run.error = message
    this.run.status = 'error'
    this.emit()
    this.sink?.event({ kind: 'error', message, step: this.session.step })
  }

  private emit(): void {
    const now = this.now()
    this.run.clock.track(this.run.status === 'running', now)
    this.sink?.emit({ training: snapshot({ trainerId: this.options.trainerId, label: this.options.label, run: this.run, lossAt: this.lossAt, now }) })
  }
}
