import { describe, expect, it } from 'vitest'
import { ChartPainter } from '../../../src/editor/worker/chart-painter.ts'
import { lineChart, table } from '../../charts/fixtures.ts'
import { ManualClock } from '../manual-clock.ts'

const SIZE = { width: 400, height: 240 }

function painter(): { clock: ManualClock; painter: ChartPainter; repainted: string[] } {
  const clock = new ManualClock()
  const repainted: string[] = []
  return { clock, painter: new ChartPainter(clock, (id) => repainted.push(id)), repainted }
}

describe('ChartPainter', () => {
  it('paints nothing until the page has said how large the chart is', () => {
    const { painter: p } = painter()
    expect(p.picture('plot', lineChart())).toBeNull()
    p.setSize('plot', SIZE)
    expect(p.picture('plot', lineChart())?.width).toBe(400)
  })

  it('paints a chart at once the first time, at the size it was given', () => {
    const { painter: p } = painter()
    p.setSize('plot', SIZE)
    const picture = p.picture('plot', lineChart())
    expect(picture).toMatchObject({ width: 400, height: 240, series: 2, error: null })
    expect(picture?.svg).toContain('Loss per step')
  })

  it('keeps the last picture while a newer chart waits for its turn, then reports the repaint', () => {
    const { clock, painter: p, repainted } = painter()
    p.setSize('plot', SIZE)
    const first = p.picture('plot', lineChart())
    const grown = lineChart()
    grown.series[0].x.push(99)
    grown.series[0].y.push(0.01)
    expect(p.picture('plot', grown)).toBe(first)
    for (let i = 0; i < 10 && repainted.length === 0; i++) clock.nextFrame(50)
    expect(repainted).toEqual(['plot'])
    expect(p.picture('plot', grown)?.points).toBe((first?.points ?? 0) + 1)
  })

  it('does not paint the same chart at the same size twice', () => {
    const { clock, painter: p, repainted } = painter()
    p.setSize('plot', SIZE)
    const chart = lineChart()
    const first = p.picture('plot', chart)
    for (let i = 0; i < 10; i++) clock.nextFrame(50)
    expect(p.picture('plot', chart)).toBe(first)
    expect(repainted).toEqual([])
  })

  it('paints again at a new size', () => {
    const { clock, painter: p } = painter()
    p.setSize('plot', SIZE)
    const chart = lineChart()
    p.picture('plot', chart)
    expect(p.setSize('plot', { width: 500, height: 240 })).toBe(true)
    expect(p.setSize('plot', { width: 500, height: 240 })).toBe(false)
    p.picture('plot', chart)
    for (let i = 0; i < 10; i++) clock.nextFrame(50)
    expect(p.picture('plot', chart)?.width).toBe(500)
  })

  it('leaves tables to the page', () => {
    const { painter: p } = painter()
    p.setSize('summary', SIZE)
    expect(p.picture('summary', table())).toBeNull()
  })
})
