/**
 * Paces chart redraws so that a live chart never makes the page stutter.
 *
 * ECharts redraws a whole chart on every change (≈10 ms for training curves), and a trainer
 * can change its chart every frame. The pacer keeps two rules:
 * - a chart redraws at most every `spacing` ms, where the spacing grows with what its last
 *   redraw cost (so one chart takes at most about 1 / loadFactor of the main thread);
 * - one task runs charts' redraws only until `taskBudgetMs` is spent; the rest wait for the
 *   next animation frame, so two expensive charts never share a task.
 * A redraw that has to wait is never dropped: the latest one runs once its chart is due.
 */

export interface PacerClock {
  now(): number
  /** Calls back on the next animation frame. */
  frame(callback: () => void): void
  /** Calls back once the current task has ended. */
  afterTask(callback: () => void): void
}

export interface PacerOptions {
  readonly minSpacingMs: number
  readonly loadFactor: number
  readonly taskBudgetMs: number
}

export const DEFAULT_PACING: PacerOptions = { minSpacingMs: 100, loadFactor: 4, taskBudgetMs: 8 }

interface ChartPace {
  /** When the last redraw ended, and what it cost. */
  lastEnd: number
  lastCost: number
  pending: (() => void) | null
}

/** Paces the redraws of charts known by keys of type K (elements on the page, node ids in the worker). */
export class RedrawPacer<K> {
  private readonly paces = new Map<K, ChartPace>()
  private spentThisTask = 0
  private taskEndScheduled = false
  private frameScheduled = false

  constructor(
    private readonly clock: PacerClock,
    private readonly options: PacerOptions = DEFAULT_PACING,
  ) {}

  /** Runs `redraw` for `chart` now if the chart is due and this task has budget left, else later. */
  request(chart: K, redraw: () => void): void {
    const pace = this.paces.get(chart) ?? { lastEnd: -Infinity, lastCost: 0, pending: null }
    this.paces.set(chart, pace)
    pace.pending = redraw
    if (!this.runIfDue(pace)) this.scheduleFrame()
  }

  /** Forgets a chart (it left the page): a waiting redraw is dropped. */
  forget(chart: K): void {
    this.paces.delete(chart)
  }

  /** A redraw is waiting for this chart. */
  isWaiting(chart: K): boolean {
    return this.paces.get(chart)?.pending != null
  }

  private runIfDue(pace: ChartPace): boolean {
    const redraw = pace.pending
    if (!redraw) return true
    const now = this.clock.now()
    const spacing = Math.max(this.options.minSpacingMs, this.options.loadFactor * pace.lastCost)
    if (now < pace.lastEnd + spacing || this.spentThisTask >= this.options.taskBudgetMs) return false
    pace.pending = null
    try {
      redraw()
    } finally {
      const end = this.clock.now()
      pace.lastEnd = end
      pace.lastCost = end - now
      this.spend(end - now)
    }
    return true
  }

  private spend(ms: number): void {
    this.spentThisTask += ms
    if (this.taskEndScheduled) return
    this.taskEndScheduled = true
    this.clock.afterTask(() => {
      this.taskEndScheduled = false
      this.spentThisTask = 0
    })
  }

  private scheduleFrame(): void {
    if (this.frameScheduled) return
    this.frameScheduled = true
    this.clock.frame(() => {
      this.frameScheduled = false
      // A frame is a task of its own, whether or not the last task's end was seen yet.
      this.spentThisTask = 0
      let waiting = false
      for (const pace of this.paces.values()) if (!this.runIfDue(pace)) waiting = true
      if (waiting) this.scheduleFrame()
    })
  }
}

/** The page's clock: frames are animation frames. */
export const browserClock: PacerClock = {
  now: () => performance.now(),
  frame: (callback) => void requestAnimationFrame(callback),
  afterTask: (callback) => void setTimeout(callback, 0),
}
