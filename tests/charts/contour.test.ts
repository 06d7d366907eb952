import { describe, expect, it } from 'vitest'
import { contourLevels, contourLines } from '../../src/charts/contour.ts'
import { bowl, gridOf, linspace } from './fixtures.ts'

const distance = (p: [number, number], q: [number, number]): number => Math.hypot(p[0] - q[0], p[1] - q[1])

describe('contourLines', () => {
  it('traces a circle of a quadratic bowl as one closed line at the right radius', () => {
    const grid = bowl(41) // spacing 0.1 on [-2, 2]²
    const lines = contourLines(grid, 1)
    expect(lines).toHaveLength(1)
    const [line] = lines
    expect(line.closed).toBe(true)
    expect(line.level).toBe(1)
    expect(line.points.length).toBeGreaterThan(40)
    expect(line.points[line.points.length - 1]).toEqual(line.points[0])
    for (const p of line.points) expect(Math.abs(Math.hypot(p[0], p[1]) - 1)).toBeLessThan(0.01)
  })

  it('returns continuous lines whose consecutive points are at most one cell apart', () => {
    const grid = bowl(41)
    const cellDiagonal = Math.hypot(0.1, 0.1)
    for (const level of [0.3, 1.5, 3.2]) {
      for (const line of contourLines(grid, level)) {
        for (let k = 1; k < line.points.length; k++) {
          expect(distance(line.points[k - 1], line.points[k])).toBeLessThanOrEqual(cellDiagonal + 1e-12)
        }
      }
    }
  })

  it('leaves a level cut by the grid border as an open line from border to border', () => {
    // A circle of radius 2.5 around the centre of [-2, 2]² leaves the square at its four corners.
    const lines = contourLines(bowl(41), 6.25)
    expect(lines).toHaveLength(4)
    for (const line of lines) {
      expect(line.closed).toBe(false)
      const ends = [line.points[0], line.points[line.points.length - 1]]
      for (const [x, y] of ends) expect(Math.max(Math.abs(x), Math.abs(y))).toBeCloseTo(2, 9)
    }
  })

  it('interpolates a plane to a straight line at the level', () => {
    const t = linspace(0, 1, 11)
    const [line, ...rest] = contourLines(gridOf(t, t, (x) => x), 0.33)
    expect(rest).toHaveLength(0)
    expect(line.points).toHaveLength(11)
    for (const [x] of line.points) expect(x).toBeCloseTo(0.33, 12)
  })

  it('gives nothing for a level outside the values', () => {
    expect(contourLines(bowl(11), -1)).toEqual([])
    expect(contourLines(bowl(11), 100)).toEqual([])
  })

  it('stops lines at cells with a non-finite corner', () => {
    const grid = bowl(41)
    grid.z[20][30] = Number.NaN // on the circle of radius 1, at (1, 0)
    const lines = contourLines(grid, 1)
    expect(lines).toHaveLength(1)
    expect(lines[0].closed).toBe(false)
  })

  it('separates the two branches of a saddle', () => {
    const t = linspace(-1, 1, 21)
    const lines = contourLines(gridOf(t, t, (x, y) => x * y), 0.25)
    expect(lines).toHaveLength(2)
    for (const line of lines) for (const [x, y] of line.points) expect(x * y).toBeCloseTo(0.25, 1)
  })
})

describe('contourLevels', () => {
  it('gives ten ascending levels strictly inside the range of z', () => {
    const levels = contourLevels(bowl(41), 10)
    expect(levels).toHaveLength(10)
    for (let k = 1; k < levels.length; k++) expect(levels[k]).toBeGreaterThan(levels[k - 1])
    expect(levels[0]).toBeGreaterThan(0)
    expect(levels[9]).toBeLessThan(8)
  })

  it('spaces levels by quantiles so the valley gets as many lines as the walls', () => {
    const grid = bowl(41)
    const values = grid.z.flat()
    const levels = contourLevels(grid, 10)
    levels.forEach((level, k) => {
      const below = values.filter((v) => v < level).length / values.length
      expect(below).toBeCloseTo((k + 1) / 11, 1)
    })
  })

  it('takes the quantiles of the values inside a region only', () => {
    // On [-2, 2]², x² + y² reaches 8; inside [-1, 1]² it stays below 2.
    const levels = contourLevels(bowl(41), 10, { x: [-1, 1], y: [-1, 1] })
    expect(levels).toHaveLength(10)
    expect(levels[9]).toBeLessThan(2)
  })

  it('gives no level for a flat field', () => {
    expect(contourLevels(gridOf([0, 1], [0, 1], () => 3), 10)).toEqual([])
  })
})
