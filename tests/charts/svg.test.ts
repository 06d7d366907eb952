import { describe, expect, it } from 'vitest'
import { renderSvg, stableIds } from '../../src/charts/svg.ts'
import type { ChartData } from '../../src/charts/data.ts'
import { checkXml } from './xml.ts'
import { decisionBoundary, landscape, lineChart, table, trainingCurves, trajectory } from './fixtures.ts'

const allCharts = (): ChartData[] => [lineChart(), trainingCurves(), trajectory(), decisionBoundary(), landscape(), table()]

describe('renderSvg', () => {
  it('returns a well-formed SVG document', () => {
    const svg = renderSvg(lineChart())
    expect(svg.startsWith('<svg')).toBe(true)
    const xml = checkXml(svg)
    expect(xml.error).toBeUndefined()
    expect(xml.ok).toBe(true)
    expect(xml.elements[0]).toBe('svg')
  })

  it('shows the title, both series names and the marker label as text', () => {
    const texts = checkXml(renderSvg(lineChart())).texts
    for (const text of ['Loss per step', 'SGD', 'Adam', 'lr 0.001 → 0.01', 'step', 'loss']) expect(texts).toContain(text)
  })

  it('is deterministic: the same chart renders to the same string', () => {
    for (const chart of allCharts()) expect(renderSvg(chart)).toBe(renderSvg(chart))
  })

  it('renders every kind as well-formed SVG', () => {
    for (const chart of allCharts()) {
      const xml = checkXml(renderSvg(chart))
      expect(xml.error, chart.kind).toBeUndefined()
    }
  })

  it('uses the requested size', () => {
    const svg = renderSvg(lineChart(), { width: 640, height: 360 })
    expect(svg).toMatch(/^<svg width="640" height="360"/)
  })

  it('sets the DejaVu Sans font on the text', () => {
    const svg = renderSvg(trainingCurves())
    expect(svg).toContain('font-family:DejaVu Sans')
    expect(svg).not.toMatch(/font-family:(?!DejaVu Sans)/)
  })

  it('escapes markup in names', () => {
    const chart = lineChart()
    chart.series[0].name = 'a<b & c>'
    const svg = renderSvg(chart)
    const xml = checkXml(svg)
    expect(xml.error).toBeUndefined()
    expect(xml.texts).toContain('a<b & c>')
  })

  it('draws the training curves panels with their metric titles and both trainers', () => {
    const texts = checkXml(renderSvg(trainingCurves())).texts
    for (const text of ['loss', 'accuracy', 'SGD', 'Adam', 'batch 32 → 128']) expect(texts).toContain(text)
  })
})

describe('stableIds', () => {
  it('renames zrender ids by first appearance, keeping references consistent', () => {
    const svg = '<g class="zr7-cls-42" clip-path="url(#zr7-c0)"/><g class="zr7-cls-40 zr7-cls-42"/>'
    expect(stableIds(svg)).toBe('<g class="fg-cls-0" clip-path="url(#fg-c0)"/><g class="fg-cls-1 fg-cls-0"/>')
  })
})
