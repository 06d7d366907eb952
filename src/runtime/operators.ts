import { Observable, filter, map, scan } from 'rxjs'
import type { OperatorFunction } from 'rxjs'
import type { RuntimeEvent } from './process-host.ts'

/** Asks for a callback when the next frame is due (a timer, requestAnimationFrame…). */
export type RequestFrame = (callback: () => void) => void

/**
 * Folds the values that arrive before the next frame into one and emits it on that frame;
 * a frame without values emits nothing, and no frame is asked for while none arrive. With a
 * `merge` that keeps its size bounded (the latest value per key, say), so does the pending
 * fold while frames do not come (a page in a background tab).
 */
export function perFrame<T, F>(requestFrame: RequestFrame, merge: (pending: F | null, value: T) => F): OperatorFunction<T, F> {
  return (source) =>
    new Observable<F>((subscriber) => {
      let pending: F | null = null
      let waiting = false
      const flush = (): void => {
        waiting = false
        if (pending === null) return
        const folded = pending
        pending = null
        subscriber.next(folded)
      }
      return source.subscribe({
        next: (value) => {
          pending = merge(pending, value)
          if (waiting) return
          waiting = true
          requestFrame(() => {
            if (!subscriber.closed) flush()
          })
        },
        error: (error: unknown) => subscriber.error(error),
        complete: () => {
          flush()
          subscriber.complete()
        },
      })
    })
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
