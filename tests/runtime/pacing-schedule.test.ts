import { describe, expect, it } from 'vitest'
import { Pacing } from '../../src/runtime/training/pacing.ts'

/** A Pacing at 5 steps per second on a clock the test moves by hand, started at 0. */
function atFivePerSecond(): { pacing: Pacing; at: (ms: number) => void } {
  let now = 0
  const pacing = new Pacing(() => now, { speed: '5', pauseEachEpoch: false })
  pacing.restart()
  return { pacing, at: (ms) => (now = ms) }
}

describe('the pacing schedule', () => {
  it('keeps its beat when a step comes a little late: the next one is not pushed back', () => {
    const { pacing, at } = atFivePerSecond()
    pacing.took()
    at(250)
    pacing.took()
    expect(pacing.wait()).toBe(150)
  })

  it('counts afresh after a busy spell longer than a step, instead of catching up in a burst', () => {
    const { pacing, at } = atFivePerSecond()
    pacing.took()
    at(1000)
    expect(pacing.wait()).toBe(0)
    pacing.took()
    expect(pacing.wait()).toBe(200)
  })
})
