import type { SchedulerLike, Subscription } from 'rxjs'
import type { Tweak } from '../../graph/graph-file.ts'
import { extendTweak, tweakChanges } from '../../graph/tweaks.ts'
import type { OutputSpecs, Process, ProcessSink, RunCommand } from '../define-node.ts'
import type { TypedPort } from '../ports.ts'
import type { OptimizerSpec, TrainingSnapshot, TrainingStatus } from '../values.ts'
import type { TrainingSession } from './session.ts'
import { isLiveSettable, setHyperparameter } from './optimizer-factory.ts'
import { lossFunction, snapshot } from './snapshot.ts'
import { RunClock } from './run-clock.ts'

/** How long one slice of training may hold the thread before yielding (ms). */
export const SLICE_MS = 12

type Outputs = { training: { port: TypedPort<'Training', TrainingSnapshot> } } & OutputSpecs

type Goal = 'run' | 'batch' | 'epoch' | null

export interface TrainerOptions {
  trainerId: string
  label: string
  scheduler: SchedulerLike
  autoplay: boolean
  /** Tweaks to replay, from the file: applied before the step they name. */
  tweaks: readonly Tweak[]
  /** The node feeding the live optimizer input: tweaks name it. */
  optimizerSource: string
  optimizer: OptimizerSpec
  /** Builds a fresh session for an optimizer spec (restart). */
  createSession: (optimizer: OptimizerSpec) => TrainingSession
  now?: () => number
}

/**
 * Runs a TrainingSession in slices on a scheduler, obeys run control, applies live
 * optimizer changes at the next step (recording them as tweaks), replays recorded tweaks,
 * and stops with an error on divergence.
 */
export class TrainerProcess implements Process<Outputs> {
  private sink: ProcessSink<Outputs> | null = null
  private session!: TrainingSession
  private optimizer: OptimizerSpec
  private status: TrainingStatus = 'idle'
  private error: string | null = null
  private runId = 0
  private goal: Goal = null
  private slice: Subscription | null = null
  private tweaks: Tweak[]
  private lossAt!: (weights: readonly number[]) => number
  private readonly now: () => number
  private clock = new RunClock()

  constructor(private readonly options: TrainerOptions) {
    this.optimizer = options.optimizer
    this.tweaks = options.tweaks.filter((t) => t.trainer === options.trainerId)
    this.now = options.now ?? (() => performance.now())
  }

  start(sink: ProcessSink<Outputs>): void {
    this.sink = sink
    this.restart()
    if (this.options.autoplay) this.command('play')
  }

  private restart(): void {
    this.cancelSlice()
    this.session = this.options.createSession(this.optimizer)
    this.clock = new RunClock()
    this.applyInitialValues()
    this.lossAt = lossFunction(this.session)
    this.runId++
    this.status = 'idle'
    this.error = null
    this.goal = null
    this.emit()
  }

  command(cmd: RunCommand): void {
    switch (cmd) {
      case 'reset':
        this.restart()
        return
      case 'pause':
        this.goal = null
        if (this.status === 'running') this.setStatus('paused')
        return
      case 'play':
      case 'stepBatch':
      case 'stepEpoch':
        if (this.status === 'done' || this.status === 'error') return
        this.goal = cmd === 'play' ? 'run' : cmd === 'stepBatch' ? 'batch' : 'epoch'
        this.setStatus('running')
        this.scheduleSlice()
    }
  }

  /** The gesture that made the last live tweak, and where that tweak is: the gesture's next values carry it on. */
  private gesture: { id: number; param: string; index: number } | null = null

  live(port: string, value: unknown, source: string, gesture?: number): void {
    if (port !== 'optimizer') return
    const next = value as OptimizerSpec
    const prev = this.optimizer
    const changed = Object.keys(next.config).filter((k) => next.config[k] !== prev.config[k])
    const structural = next.kind !== prev.kind || next.fullBatch !== prev.fullBatch || changed.some((k) => !isLiveSettable(next.kind, k))
    this.optimizer = next
    if (structural) {
      this.tweaks = []
      this.gesture = null
      const wasRunning = this.goal === 'run'
      this.restart()
      if (wasRunning || this.options.autoplay) this.command('play')
      return
    }
    for (const param of changed) {
      const v = next.config[param]
      setHyperparameter(this.session.optimizer, param, v)
      const open = this.gesture
      if (gesture !== undefined && open && open.id === gesture && open.param === param && this.tweaks[open.index]?.node === source) {
        const tweak = extendTweak(this.tweaks[open.index], { step: this.session.step, value: v })
        this.tweaks[open.index] = tweak
        this.sink?.event({ kind: 'tweak', tweak, continues: true })
        continue
      }
      const tweak: Tweak = { node: source, param, value: v, from: prev.config[param], trainer: this.options.trainerId, step: this.session.step }
      this.tweaks.push(tweak)
      this.gesture = gesture === undefined ? null : { id: gesture, param, index: this.tweaks.length - 1 }
      this.sink?.event({ kind: 'tweak', tweak, continues: false })
    }
    this.emit()
  }

  dispose(): void {
    this.cancelSlice()
    this.goal = null
    this.sink = null
  }

  private setStatus(status: TrainingStatus): void {
    if (this.status === status) return
    this.status = status
    if (status === 'running' || status === 'paused') this.sink?.event({ kind: 'status', status })
    this.emit()
  }

  private scheduleSlice(): void {
    if (this.slice && !this.slice.closed) return
    this.slice = this.options.scheduler.schedule(() => {
      this.slice = null
      this.runSlice()
    })
  }

  private cancelSlice(): void {
    this.slice?.unsubscribe()
    this.slice = null
  }

  /** A replay starts each tweaked hyperparameter from the value it had before its first tweak. */
  private applyInitialValues(): void {
    const seen = new Set<string>()
    for (const t of [...this.tweaks].sort((a, b) => a.step - b.step)) {
      if (t.node !== this.options.optimizerSource || seen.has(t.param) || t.from === undefined || typeof t.from === 'string') continue
      seen.add(t.param)
      setHyperparameter(this.session.optimizer, t.param, t.from)
    }
  }

  /** Replays recorded changes due before the next step (each value of a gesture at its own step). */
  private applyDueTweaks(): void {
    for (const t of this.tweaks) {
      if (t.node !== this.options.optimizerSource) continue
      for (const change of tweakChanges(t)) {
        if (change.step === this.session.step && typeof change.value !== 'string') setHyperparameter(this.session.optimizer, t.param, change.value)
      }
    }
  }

  private runSlice(): void {
    const started = this.now()
    while (this.goal !== null && this.sink) {
      if (this.session.done) {
        this.finish()
        return
      }
      this.applyDueTweaks()
      let outcome
      try {
        outcome = this.session.runStep()
      } catch (e) {
        this.fail(e instanceof Error ? e.message : String(e))
        return
      }
      this.sink.event({ kind: 'step', step: outcome.step, epoch: outcome.epoch, loss: outcome.loss })
      if (outcome.divergence) {
        this.fail(`diverged at step ${outcome.step}: ${outcome.divergence}`)
        return
      }
      if (outcome.epochLogs) this.sink.event({ kind: 'epoch', epoch: outcome.epoch, logs: outcome.epochLogs })
      if (this.goal === 'batch' || (this.goal === 'epoch' && outcome.epochLogs)) {
        this.goal = null
        if (this.session.done) this.finish()
        else this.setStatus('paused')
        return
      }
      if (this.session.done) {
        this.finish()
        return
      }
      if (this.now() - started >= SLICE_MS) break
    }
    this.emit()
    if (this.goal !== null) this.scheduleSlice()
  }

  private finish(): void {
    this.goal = null
    this.status = 'done'
    this.emit()
    this.sink?.event({ kind: 'done' })
  }

  private fail(message: string): void {
    this.goal = null
    this.error = message
    this.status = 'error'
    this.emit()
    this.sink?.event({ kind: 'error', message, step: this.session.step })
  }

  private emit(): void {
    const now = this.now()
    this.clock.track(this.status === 'running', now)
    this.sink?.emit({
      training: snapshot({
        trainerId: this.options.trainerId,
        label: this.options.label,
        runId: this.runId,
        status: this.status,
        session: this.session,
        tweaks: this.tweaks,
        error: this.error,
        lossAt: this.lossAt,
        runningMs: this.clock.elapsedMs(now),
      }),
    })
  }
}
