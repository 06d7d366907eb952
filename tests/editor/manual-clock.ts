import type { PacerClock } from '../../src/editor/redraw-pacer.ts'

/** A clock whose time, frames and task ends the test moves by hand. */
export class ManualClock implements PacerClock {
  time = 0
  private frames: (() => void)[] = []
  private taskEnds: (() => void)[] = []
  now(): number {
    return this.time
  }
  frame(callback: () => void): void {
    this.frames.push(callback)
  }
  afterTask(callback: () => void): void {
    this.taskEnds.push(callback)
  }
  endTask(): void {
    for (const callback of this.taskEnds.splice(0)) callback()
  }
  /** Ends the current task, moves time on and runs the frame callbacks due. */
  nextFrame(ms = 16): void {
    this.endTask()
    this.time += ms
    for (const callback of this.frames.splice(0)) callback()
  }
}
