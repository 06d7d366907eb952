/**
 * Long evaluations in time slices: a loss landscape can take seconds, and the thread it
 * runs on (the runtime worker, or the CLI's) must keep answering and notice when the
 * result is no longer wanted.
 */

/** Something that runs work later: rxjs' SchedulerLike fits, and analysis need not import RxJS. */
export interface SliceScheduler {
  schedule(work: () => void): unknown
}

export interface SliceControl {
  readonly scheduler: SliceScheduler
  readonly signal: AbortSignal
}

const SLICE_MS = 25

/**
 * `count` evaluations of `f(k)`, in time slices: between slices the thread is handed back
 * through the scheduler, and a superseded evaluation stops.
 */
export async function sliced(count: number, f: (k: number) => number, control: SliceControl): Promise<Float64Array> {
  const out = new Float64Array(count)
  let sliceStart = performance.now()
  for (let k = 0; k < count; k++) {
    if (performance.now() - sliceStart > SLICE_MS) {
      await new Promise<void>((resolve) => control.scheduler.schedule(() => resolve()))
      control.signal.throwIfAborted()
      sliceStart = performance.now()
    }
    out[k] = f(k)
  }
  return out
}
