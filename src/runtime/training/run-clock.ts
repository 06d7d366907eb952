/** Wall time a run has spent running (pauses left out), for its average speed. */
export class RunClock {
  private total = 0
  private since: number | null = null

  /** Follows the run's status: call it whenever the status may have changed. */
  track(running: boolean, now: number): void {
    if (running && this.since === null) this.since = now
    if (!running && this.since !== null) {
      this.total += now - this.since
      this.since = null
    }
  }

  elapsedMs(now: number): number {
    return this.total + (this.since === null ? 0 : now - this.since)
  }
}
