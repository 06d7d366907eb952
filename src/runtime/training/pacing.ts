/** A trainer's speed: steps per second, or as fast as the machine goes. */
export const SPEEDS = ['1', '5', '20', '100', 'max'] as const
export type Speed = (typeof SPEEDS)[number]

/** How a class watches a run: its speed, and whether it stops after each epoch. */
export interface PaceSettings {
  readonly speed: Speed
  readonly pauseEachEpoch: boolean
}

/**
 * How often a watched run publishes its progress at most, in ms (20 times a second): every
 * publication redraws the plots downstream, and at 100 steps per second doing so after every
 * step would cost more than the steps.
 */
export const SHOW_MS = 50

/** The settings of a run nobody watches (the CLI): as fast as possible, no pauses. */
export const UNPACED: PaceSettings = { speed: 'max', pauseEachEpoch: false }

function isSpeed(v: unknown): v is Speed {
  return typeof v === 'string' && (SPEEDS as readonly string[]).includes(v)
}

/** The time between two steps at a speed, in ms; 0 when unpaced. */
function intervalOf(speed: Speed): number {
  return speed === 'max' ? 0 : 1000 / Number(speed)
}

/**
 * Decides when a watched run may take its next step. Steps are due one interval apart,
 * counted from when the run (re)started or the speed changed, on the scheduler's clock (so
 * tests run it in virtual time). Pacing changes only when steps run, never what they compute.
 */
export class Pacing {
  private settings: PaceSettings
  private interval: number
  /** When step number `taken` of this count falls due: origin + taken · interval. */
  private origin = 0
  private taken = 0
  private lastStep: number | null = null
  private lastShown = -Infinity

  constructor(
    private readonly clock: () => number,
    settings: PaceSettings,
  ) {
    this.settings = settings
    this.interval = intervalOf(settings.speed)
  }

  get pausesEachEpoch(): boolean {
    return this.settings.pauseEachEpoch
  }

  /** New settings from the node's live params; a new speed counts from the last step, so it neither bursts nor stalls. */
  update(values: Readonly<Record<string, unknown>>): void {
    const speed = isSpeed(values.speed) ? values.speed : this.settings.speed
    const pauseEachEpoch = typeof values.pauseEachEpoch === 'boolean' ? values.pauseEachEpoch : this.settings.pauseEachEpoch
    const changed = speed !== this.settings.speed
    this.settings = { speed, pauseEachEpoch }
    if (!changed) return
    this.interval = intervalOf(speed)
    this.restart()
  }

  /** A run starts or resumes: its first step is due now, or one interval after the previous step. */
  restart(): void {
    const now = this.clock()
    this.origin = this.lastStep === null ? now : Math.max(now, this.lastStep + this.interval)
    this.taken = 0
  }

  /** How long to wait before the next step, in ms: 0 when it is due. */
  wait(): number {
    if (this.interval === 0) return 0
    const now = this.clock()
    // Late by more than a step (a busy thread): count afresh from now rather than catch up in a burst.
    if (this.origin + (this.taken + 1) * this.interval <= now) {
      this.origin = now
      this.taken = 0
    }
    return Math.max(0, this.origin + this.taken * this.interval - now)
  }

  /** Whether steps just taken should be published now: at most every SHOW_MS, and always before a longer wait. */
  shows(wait: number): boolean {
    const now = this.clock()
    if (wait < SHOW_MS && now - this.lastShown < SHOW_MS) return false
    this.lastShown = now
    return true
  }

  /** Counts a step taken now. */
  took(): void {
    this.taken++
    this.lastStep = this.clock()
  }
}
