import { bufferTime, filter, map, scan } from 'rxjs'
import type { OperatorFunction, SchedulerLike } from 'rxjs'
import type { RuntimeEvent } from './runtime.ts'

/** Groups a fast stream into one array per frame (≈16 ms), dropping empty frames. */
export function perFrame<T>(scheduler: SchedulerLike, frameMs = 16): OperatorFunction<T, T[]> {
  return (source) =>
    source.pipe(
      bufferTime(frameMs, scheduler),
      filter((batch) => batch.length > 0),
    )
}

export interface Progress {
  readonly nodeId: string
  readonly epoch: number
  readonly step: number
  readonly loss: number
  /** Steps per second over the last second of events. */
  readonly stepsPerSecond: number
  readonly done: boolean
  readonly error: string | null
}

interface ProgressState {
  progress: Progress | null
  times: number[]
}

/** Folds one trainer's events into its current progress: what toolbars and progress bars show. */
export function trainingProgress(nodeId: string, now: () => number): OperatorFunction<RuntimeEvent, Progress> {
  return (source) =>
    source.pipe(
      filter((e) => e.nodeId === nodeId),
      scan<RuntimeEvent, ProgressState>(
        (state, { event }) => {
          const prev: Progress = state.progress ?? { nodeId, epoch: 0, step: 0, loss: NaN, stepsPerSecond: 0, done: false, error: null }
          const t = now()
          switch (event.kind) {
            case 'step': {
              const times = [...state.times.filter((x) => t - x < 1000), t]
              return { times, progress: { ...prev, step: event.step, epoch: event.epoch, loss: event.loss, stepsPerSecond: times.length, done: false, error: null } }
            }
            case 'epoch':
              return { ...state, progress: { ...prev, epoch: event.epoch, loss: event.logs.loss ?? prev.loss } }
            case 'done':
              return { ...state, progress: { ...prev, done: true } }
            case 'error':
              return { ...state, progress: { ...prev, error: event.message } }
            default:
              return state
          }
        },
        { progress: null, times: [] },
      ),
      map((s) => s.progress),
      filter((p): p is Progress => p !== null),
    )
}
