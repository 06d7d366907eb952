import { describe, expect, it } from 'vitest'
import { RunClock } from '../../src/runtime/training/run-clock.ts'

describe('the run clock', () => {
  it('adds up the time spent running and leaves pauses out', () => {
    const clock = new RunClock()
    clock.track(true, 0)
    clock.track(false, 100)
    clock.track(false, 500)
    clock.track(true, 1000)
    expect(clock.elapsedMs(1250)).toBe(350)
  })
})
