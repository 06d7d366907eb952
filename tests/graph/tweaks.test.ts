import { describe, expect, it } from 'vitest'
import { extendTweak, recordTweak, tweakChanges } from '../../src/graph/tweaks.ts'
import type { Tweak } from '../../src/graph/graph-file.ts'

const tweak = (value: number, step: number, trainer = 'fit'): Tweak => ({ node: 'adam', param: 'learningRate', value, from: 0.001, trainer, step })

describe('a gesture’s tweak', () => {
  it('carries on with the path of every value and its step, ending at the last value', () => {
    const t = extendTweak(extendTweak(tweak(0.002, 10), { step: 12, value: 0.004 }), { step: 15, value: 0.008 })
    expect(t).toEqual({ ...tweak(0.008, 10), path: [{ step: 10, value: 0.002 }, { step: 12, value: 0.004 }, { step: 15, value: 0.008 }] })
  })

  it('keeps only the last value sent within one step', () => {
    expect(extendTweak(tweak(0.002, 10), { step: 10, value: 0.004 })).toEqual(tweak(0.004, 10))
  })

  it('lists a plain tweak’s one change', () => {
    expect(tweakChanges(tweak(0.002, 10))).toEqual([{ step: 10, value: 0.002 }])
  })

  it('replaces the trainer’s last tweak of the param when it continues it, and appends otherwise', () => {
    const log = [tweak(0.002, 10, 'a'), tweak(0.002, 11, 'b')]
    expect(recordTweak(log, tweak(0.004, 10, 'a'), true)).toEqual([tweak(0.004, 10, 'a'), tweak(0.002, 11, 'b')])
    expect(recordTweak(log, tweak(0.004, 20, 'a'), false)).toHaveLength(3)
  })
})
