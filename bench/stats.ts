/**
 * Timing: warm-up runs first (not recorded), then the median of N timed runs,
 * measured with performance.now().
 */

export interface Timing {
  medianMs: number
  /** Every recorded run, in order (ms). */
  runs: number[]
}

export interface RunPlan {
  /** Untimed runs first, so the JIT and caches settle. */
  warmup: number
  /** Timed runs; the median of these is reported. */
  runs: number
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000
}

/**
 * Times `body` (sync or async) once per run. `setup` and `teardown` run around every
 * run, outside the timed region, so model construction or disposal is not counted.
 * Returns the timing and what the last run produced.
 */
export async function timeRuns<S, R>(
  plan: RunPlan,
  setup: () => S | Promise<S>,
  body: (state: S) => R | Promise<R>,
  teardown?: (state: S) => void,
): Promise<{ timing: Timing; last: R }> {
  const runs: number[] = []
  let last: R | undefined
  let done = false
  for (let i = 0; i < plan.warmup + plan.runs; i++) {
    const state = await setup()
    const t0 = performance.now()
    const result = await body(state)
    const ms = performance.now() - t0
    teardown?.(state)
    if (i >= plan.warmup) runs.push(round(ms))
    last = result
    done = true
  }
  if (!done) throw new Error('timeRuns: the plan has no runs')
  return { timing: { medianMs: round(median(runs)), runs }, last: last as R }
}

export interface IterationTiming extends Timing {
  /** Calls of `fn` per timed sample. */
  iterations: number
}

/**
 * For fast synchronous work: calibrates how many calls of `fn` take at least
 * `minSampleMs` (the calibration doubles as warm-up), then times `samples` samples of
 * that many calls. Figures are per call (ms).
 */
export function timePerIteration(fn: () => void, options: { samples: number; minSampleMs: number }): IterationTiming {
  let iterations = 1
  for (;;) {
    const t0 = performance.now()
    for (let i = 0; i < iterations; i++) fn()
    const ms = performance.now() - t0
    if (ms >= options.minSampleMs) break
    // Aim slightly past the target so the next try usually succeeds.
    iterations = ms <= 0 ? iterations * 10 : Math.max(iterations + 1, Math.ceil((iterations * options.minSampleMs * 1.2) / ms))
  }
  const runs: number[] = []
  for (let s = 0; s < options.samples; s++) {
    const t0 = performance.now()
    for (let i = 0; i < iterations; i++) fn()
    runs.push((performance.now() - t0) / iterations)
  }
  return { medianMs: median(runs), runs, iterations }
}
