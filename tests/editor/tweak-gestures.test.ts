import { describe, expect, it } from 'vitest'
import { TweakGestures } from '../../src/editor/tweak-gestures.ts'

describe('naming gestures on params', () => {
  it('gives every edit of one drag, up to its release, the same gesture', () => {
    const g = new TweakGestures()
    const ids = [g.edited('adam', 'learningRate', false), g.edited('adam', 'learningRate', false), g.edited('adam', 'learningRate', true)]
    expect(new Set(ids).size).toBe(1)
  })

  it('starts a new gesture after a release', () => {
    const g = new TweakGestures()
    const first = g.edited('adam', 'learningRate', true)
    expect(g.edited('adam', 'learningRate', true)).not.toBe(first)
  })

  it('keeps the gestures of two params apart', () => {
    const g = new TweakGestures()
    expect(g.edited('adam', 'learningRate', false)).not.toBe(g.edited('adam', 'beta1', false))
  })
})
