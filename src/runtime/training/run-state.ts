import type { Tweak } from '../../graph/graph-file.ts'
import { tweakChanges } from '../../graph/tweaks.ts'
import type { TweakEdit } from '../../graph/tweaks.ts'
import type { EpochRecord, TrainingStatus } from '../values.ts'
import type { TrainerInputs, SessionChange } from './changes.ts'
import { atEpochStartOnly } from './changes.ts'
import type { TrainingSession } from './session.ts'
import { RunClock } from './run-clock.ts'
import type { SchedulerLike } from 'rxjs'
import type { OutputSpecs, Process } from '../define-node.ts'
import type { Pacing } from './pacing.ts'
import type { OpenGesture } from './live-tweaks.ts'

export interface TrainerOptions {
  trainerId: string
  label: string
  scheduler: SchedulerLike
  autoplay: boolean
  /** Tweaks to replay, from the file: their edits are made again before the step they name. */
  tweaks: readonly Tweak[]
  /** The node feeding the live optimizer input: tweaks name it. */
  optimizerSource: string
  inputs: TrainerInputs
  /** Builds a fresh session (a start or a restart). */
  createSession: (inputs: TrainerInputs) => TrainingSession
  /** The graph edits behind this evaluation: the tweaks a carried-on run records. */
  edits?: readonly TweakEdit[]
  /** The process this one replaces: its run carries on when it can take the change. */
  previous?: Process<OutputSpecs> | null
  now?: () => number
  /** When a watched run takes its steps (the editor); absent, it runs as fast as possible (the CLI). */
  pacing?: Pacing
}

/** How long one slice of training may hold the thread before yielding (ms). */
export const SLICE_MS = 12

export type Goal = 'run' | 'batch' | 'epoch' | null

/** A run that a change restarted: its epochs stay on the curves as an earlier segment. */
export interface EarlierRun {
  readonly history: readonly EpochRecord[]
  readonly reason: string
}

/** Changes waiting for the step they take effect at (the next epoch start, for some). */
export interface PendingChanges {
  readonly changes: readonly SessionChange[]
  readonly step: number
}

/**
 * Everything a trainer's run is, apart from the process that drives it: a process that
 * replaces another (the trainer re-evaluated after a change it can take) carries it on.
 */
export interface RunState {
  session: TrainingSession
  inputs: TrainerInputs
  tweaks: Tweak[]
  runId: number
  status: TrainingStatus
  error: string | null
  goal: Goal
  clock: RunClock
  pending: PendingChanges[]
  earlier: EarlierRun[]
  /** The node feeding the live optimizer input: tweaks of its hyperparameters name it. */
  optimizerSource: string
  /** The last step whose recorded tweaks were replayed (-1: none yet). */
  replayed: number
  /** The gesture that made the last live tweak, and where that tweak is: the gesture's next values carry it on. */
  gesture: OpenGesture | null
}

export function freshRun(session: TrainingSession, inputs: TrainerInputs, optimizerSource: string, tweaks: readonly Tweak[], earlier: EarlierRun[] = [], runId = 1): RunState {
  return { session, inputs, tweaks: [...tweaks], runId, status: 'idle', error: null, goal: null, clock: new RunClock(), pending: [], earlier, optimizerSource, replayed: -1, gesture: null }
}

/** The step changes take effect at: the next one, or the next epoch start when one of them needs it. */
export function effectiveStep(session: TrainingSession, changes: readonly SessionChange[]): number {
  return changes.some(atEpochStartOnly) ? session.loop.nextEpochStart : session.step
}

const sameValue = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b)

/** The step at which the run's own recorded tweak (still to come) made this edit, if it recorded one. */
function ownStep(run: RunState, e: TweakEdit): number | undefined {
  for (const t of run.tweaks) {
    if (t.node !== e.node || t.param !== e.param || t.input !== e.input) continue
    const change = tweakChanges(t).find((c) => c.step >= run.session.step && sameValue(c.value, e.value))
    if (change) return change.step
  }
  return undefined
}

/**
 * Where a run takes edits another trainer's replay made: at the step of its own recorded
 * tweak of the same edit (still to come), or null when they are not replayed ones it recorded.
 */
export function replayedStep(run: RunState, edits: readonly TweakEdit[]): number | null {
  if (edits.length === 0 || !edits.every((e) => e.replayed)) return null
  const steps = edits.map((e) => ownStep(run, e))
  return steps.every((s) => s !== undefined) ? Math.max(...(steps as number[])) : null
}

/** Applies the pending changes whose step has come; true when something changed. */
export function applyPending(run: RunState): boolean {
  const due = run.pending.filter((p) => p.step <= run.session.step && p.changes.every((c) => run.session.canApply(c)))
  if (due.length === 0) return false
  run.pending = run.pending.filter((p) => !due.includes(p))
  for (const p of due) for (const c of p.changes) run.session.apply(c)
  return true
}
