/**
 * How many weight values a recorded trajectory holds at most (about 40 MB of run.json).
 * A small model keeps every step; a large one keeps every k-th step, k a power of two.
 */
export const TRAJECTORY_BUDGET = 2_000_000

/**
 * A trainer's weight trajectory, bounded: the initial weights and then the weights after
 * steps 1, 2, 3… — until the budget would be exceeded, when every other kept step is
 * dropped and from then on only every (2k)-th step is kept. The kept steps stay evenly
 * spaced, the first (initial) one always among them, so a path drawn from them keeps its
 * shape.
 */
export class TrajectoryRecorder {
  /** Flat weight vectors, oldest first; vector i was recorded after step i × every. */
  readonly points: number[][] = []
  /** Steps between two kept vectors. */
  every = 1
  private readonly capacity: number

  constructor(weightCount: number, budget = TRAJECTORY_BUDGET) {
    this.capacity = Math.max(2, Math.floor(budget / Math.max(1, weightCount)))
  }

  /** Records the weights after `step` (0: the initial weights), if the step is kept. */
  record(step: number, weights: () => number[]): void {
    if (step % this.every !== 0) return
    this.points.push(weights())
    if (this.points.length <= this.capacity) return
    // Keep steps 0, 2k, 4k…: indices 0, 2, 4… of what is kept.
    let kept = 0
    for (let i = 0; i < this.points.length; i += 2) this.points[kept++] = this.points[i]
    this.points.length = kept
    this.every *= 2
  }
}
