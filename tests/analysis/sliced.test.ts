import { describe, expect, it } from 'vitest'
import { sliced } from '../../src/analysis/sliced.ts'

/** Keeps the thread busy past one time slice (25 ms). */
function busy(ms: number): void {
  const end = performance.now() + ms
  while (performance.now() < end) {
    // spin: the point is to use up the slice
  }
}

describe('sliced', () => {
  it('returns f(k) for every k', async () => {
    const scheduler = { schedule: (work: () => void) => setTimeout(work) }
    const out = await sliced(4, (k) => k * k, { scheduler, signal: new AbortController().signal })
    expect(Array.from(out)).toEqual([0, 1, 4, 9])
  })

  it('hands the thread back through the scheduler once a slice is used up', async () => {
    let handedBack = 0
    const scheduler = { schedule: (work: () => void) => (handedBack++, setTimeout(work)) }
    await sliced(2, (k) => (busy(30), k), { scheduler, signal: new AbortController().signal })
    expect(handedBack).toBe(1)
  })

  it('stops between slices once its signal is aborted', async () => {
    const abort = new AbortController()
    const scheduler = { schedule: (work: () => void) => (abort.abort(new Error('superseded')), setTimeout(work)) }
    await expect(sliced(2, (k) => (busy(30), k), { scheduler, signal: abort.signal })).rejects.toThrow('superseded')
  })
})
