import { describe, expect, it } from 'vitest'
import { renderPng } from '../../src/charts/png.ts'
import { renderSvg } from '../../src/charts/svg.ts'
import { decodePng, PNG_SIGNATURE } from './png-decode.ts'
import { lineChart, table } from './fixtures.ts'

/** Pixels that are not the white background. */
function inked(png: Uint8Array): number {
  const { pixels } = decodePng(png)
  let count = 0
  for (let k = 0; k < pixels.length; k += 4) {
    if (pixels[k] < 250 || pixels[k + 1] < 250 || pixels[k + 2] < 250) count++
  }
  return count
}

describe('renderPng', () => {
  const svg = renderSvg(lineChart())

  it('returns bytes that start with the PNG signature', () => {
    const png = renderPng(svg)
    expect(png).toBeInstanceOf(Uint8Array)
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE)
  })

  it('gives identical bytes for the same SVG', () => {
    expect(Buffer.from(renderPng(svg)).equals(Buffer.from(renderPng(svg)))).toBe(true)
  })

  it('renders at the SVG size, or scaled', () => {
    expect(decodePng(renderPng(svg))).toMatchObject({ width: 800, height: 400 })
    expect(decodePng(renderPng(svg, { scale: 2 }))).toMatchObject({ width: 1600, height: 800 })
  })

  it('draws a chart that is not blank on a white background', () => {
    const png = renderPng(svg)
    const { pixels } = decodePng(png)
    expect([...pixels.subarray(0, 4)]).toEqual([255, 255, 255, 255])
    expect(inked(png)).toBeGreaterThan(2000)
  })

  it('finds the shipped font: text alone leaves ink', () => {
    const text = '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="10" y="28" font-family="DejaVu Sans" font-size="20">Flowgrad</text></svg>'
    expect(inked(renderPng(text))).toBeGreaterThan(100)
    const bold = text.replace('font-size', 'font-weight="bold" font-size')
    expect(Buffer.from(renderPng(bold)).equals(Buffer.from(renderPng(text)))).toBe(false)
  })

  it('rasterizes a table', () => {
    expect(inked(renderPng(renderSvg(table())))).toBeGreaterThan(500)
  })
})
