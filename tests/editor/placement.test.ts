import { describe, expect, it } from 'vitest'
import { bounds, fitView, freeSpot, GAP, revealShift } from '../../src/editor/placement.ts'
import type { Rect } from '../../src/editor/placement.ts'

const size = { width: 200, height: 100 }
const clear = (a: Rect, taken: readonly Rect[]) => taken.every((b) => a.x >= b.x + b.width + GAP || b.x >= a.x + a.width + GAP || a.y >= b.y + b.height + GAP || b.y >= a.y + a.height + GAP)

describe('placing new nodes', () => {
  it('puts a node where it was asked when that place is free', () => {
    expect(freeSpot([], size, [10, 20])).toEqual([10, 20])
  })

  it('never puts ten nodes added at the same place on top of each other', () => {
    const taken: Rect[] = []
    for (let i = 0; i < 10; i++) {
      const [x, y] = freeSpot(taken, size, [0, 0])
      const rect = { x, y, ...size }
      expect(clear(rect, taken)).toBe(true)
      taken.push(rect)
    }
  })

  it('finds the free place nearest to the one asked for', () => {
    const [x, y] = freeSpot([{ x: 0, y: 0, ...size }], size, [0, 0])
    expect(Math.hypot(x, y)).toBeLessThanOrEqual(Math.hypot(size.width + GAP + 40, 0))
  })
})

describe('fitting the view', () => {
  const viewport = { width: 1000, height: 600 }

  it('shows a small graph whole, no larger than 100%', () => {
    const t = fitView({ x: 0, y: 0, width: 300, height: 200 }, null, viewport, 0.9)
    expect(t.k).toBe(1)
    expect(t.x + 150 * t.k).toBeCloseTo(500)
  })

  it('never zooms out below the readable scale, and then centres on the focus', () => {
    const all = { x: 0, y: 0, width: 5000, height: 400 }
    const focus = { x: 4000, y: 0, width: 400, height: 400 }
    const t = fitView(all, focus, viewport, 0.9)
    expect(t.k).toBe(0.9)
    expect(t.x + (focus.x + focus.width / 2) * t.k).toBeCloseTo(500)
  })

  it('measures the box around several rectangles', () => {
    expect(bounds([{ x: 0, y: 0, width: 10, height: 10 }, { x: 20, y: -5, width: 5, height: 5 }])).toEqual({ x: 0, y: -5, width: 25, height: 15 })
  })
})

describe('revealing a placed node', () => {
  const viewport = { width: 800, height: 600 }
  const node = { x: 0, y: 0, width: 200, height: 100 }

  it('does not pan for a node already in view', () => {
    expect(revealShift(node, { k: 1, x: 100, y: 100 }, viewport)).toEqual([0, 0])
  })

  it('pans left just enough for a node past the right edge, with the margin', () => {
    expect(revealShift(node, { k: 1, x: 700, y: 100 }, viewport)).toEqual([800 - 24 - 900, 0])
  })

  it('pans right for a node past the left edge, at the view\'s scale', () => {
    expect(revealShift(node, { k: 0.5, x: -50, y: 100 }, viewport)).toEqual([74, 0])
  })

  it('shows the top left of a node taller than the view', () => {
    expect(revealShift({ ...node, height: 2000 }, { k: 1, x: 100, y: -300 }, viewport)).toEqual([0, 324])
  })
})
