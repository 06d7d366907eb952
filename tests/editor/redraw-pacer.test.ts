import { describe, expect, it } from 'vitest'
import { RedrawPacer } from '../../src/editor/redraw-pacer.ts'
import { ManualClock } from './manual-clock.ts'

const OPTIONS = { minSpacingMs: 100, loadFactor: 4, taskBudgetMs: 8 }

/** A redraw that takes `cost` ms of the clock and records its label. */
function redraw(clock: ManualClock, log: string[], label: string, cost = 5): () => void {
  return () => {
    log.push(label)
    clock.time += cost
  }
}

describe('RedrawPacer', () => {
  it('draws a chart it has not drawn before at once', () => {
    const clock = new ManualClock()
    const pacer = new RedrawPacer<string>(clock, OPTIONS)
    const log: string[] = []
    pacer.request('a', redraw(clock, log, 'a1'))
    expect(log).toEqual(['a1'])
  })

  it('holds a chart that just drew until its spacing has passed, then draws only the latest request', () => {
    const clock = new ManualClock()
    const pacer = new RedrawPacer<string>(clock, OPTIONS)
    const log: string[] = []
    pacer.request('a', redraw(clock, log, 'a1'))
    clock.endTask()
    pacer.request('a', redraw(clock, log, 'a2'))
    pacer.request('a', redraw(clock, log, 'a3'))
    expect(log).toEqual(['a1'])
    for (let i = 0; i < 5; i++) clock.nextFrame(16)
    expect(log).toEqual(['a1'])
    clock.nextFrame(30)
    expect(log).toEqual(['a1', 'a3'])
    expect(pacer.isWaiting('a')).toBe(false)
  })

  it('spaces the redraws of an expensive chart by a multiple of what it cost', () => {
    const clock = new ManualClock()
    const pacer = new RedrawPacer<string>(clock, OPTIONS)
    const log: string[] = []
    pacer.request('a', redraw(clock, log, 'a1', 50))
    pacer.request('a', redraw(clock, log, 'a2', 50))
    for (let i = 0; i < 12; i++) clock.nextFrame(16) // 192 ms: past 100, short of 4 × 50
    expect(log).toEqual(['a1'])
    clock.nextFrame(16)
    expect(log).toEqual(['a1', 'a2'])
  })

  it('leaves the charts beyond one task budget to the next frame', () => {
    const clock = new ManualClock()
    const pacer = new RedrawPacer<string>(clock, OPTIONS)
    const log: string[] = []
    pacer.request('a', redraw(clock, log, 'a', 10))
    pacer.request('b', redraw(clock, log, 'b', 10))
    pacer.request('c', redraw(clock, log, 'c', 10))
    expect(log).toEqual(['a'])
    clock.nextFrame()
    expect(log).toEqual(['a', 'b'])
    clock.nextFrame()
    expect(log).toEqual(['a', 'b', 'c'])
  })

  it('draws several cheap charts in one task', () => {
    const clock = new ManualClock()
    const pacer = new RedrawPacer<string>(clock, OPTIONS)
    const log: string[] = []
    for (const id of ['a', 'b', 'c']) pacer.request(id, redraw(clock, log, id, 2))
    expect(log).toEqual(['a', 'b', 'c'])
  })

  it('drops the waiting redraw of a chart it was told to forget', () => {
    const clock = new ManualClock()
    const pacer = new RedrawPacer<string>(clock, OPTIONS)
    const log: string[] = []
    pacer.request('a', redraw(clock, log, 'a1'))
    pacer.request('a', redraw(clock, log, 'a2'))
    pacer.forget('a')
    for (let i = 0; i < 10; i++) clock.nextFrame(50)
    expect(log).toEqual(['a1'])
  })
})
