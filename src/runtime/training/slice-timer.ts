import type { SchedulerLike, Subscription } from 'rxjs'

/** The next slice of a long computation on a scheduler: at most one waits at a time. */
export class SliceTimer {
  private slice: Subscription | null = null

  constructor(
    private readonly scheduler: SchedulerLike,
    private readonly run: () => void,
  ) {}

  /** Schedules the next slice after `delay` ms, unless one is already waiting. */
  schedule(delay = 0): void {
    if (this.slice && !this.slice.closed) return
    this.slice = this.scheduler.schedule(() => {
      this.slice = null
      this.run()
    }, delay)
  }

  cancel(): void {
    this.slice?.unsubscribe()
    this.slice = null
  }
}
