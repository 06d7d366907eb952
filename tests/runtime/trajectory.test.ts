import { describe, expect, it } from 'vitest'
import { TrajectoryRecorder } from '../../src/runtime/training/trajectory.ts'

const recordSteps = (recorder: TrajectoryRecorder, steps: number) => {
  for (let step = 0; step <= steps; step++) recorder.record(step, () => [step, -step])
}

describe('a recorded trajectory', () => {
  it('keeps every step while it fits its budget', () => {
    const r = new TrajectoryRecorder(2, 100)
    recordSteps(r, 30)
    expect(r.every).toBe(1)
    expect(r.points.map((p) => p[0])).toEqual(Array.from({ length: 31 }, (_, i) => i))
  })

  it('keeps evenly spaced steps, the initial weights first, within its budget when a run is long', () => {
    const r = new TrajectoryRecorder(2, 20)
    recordSteps(r, 100)
    expect(r.points.length * 2).toBeLessThanOrEqual(20)
    expect(r.every).toBe(16)
    expect(r.points.map((p) => p[0])).toEqual([0, 16, 32, 48, 64, 80, 96])
  })

  it('does not compute the weights of a step it does not keep', () => {
    const r = new TrajectoryRecorder(2, 4)
    let reads = 0
    for (let step = 0; step <= 64; step++) {
      r.record(step, () => {
        reads++
        return [step, step]
      })
    }
    expect(reads).toBeLessThan(20)
  })
})
