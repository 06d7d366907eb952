/**
 * SVG → PNG with resvg (a native Node module: Node only, keep out of index.ts). Fonts come from
 * the dejavu-fonts-ttf package and system fonts are never loaded, so the bytes are the same on
 * every machine.
 */

import { createRequire } from 'node:module'
import { Resvg } from '@resvg/resvg-js'
import { FONT_FAMILY } from './theme.ts'
import { echarts } from './echarts.ts'
import { parseFont, readFontMetrics, textWidth } from './font-metrics.ts'

const require = createRequire(import.meta.url)

/** The TrueType files the rasterizer uses. */
export const FONT_FILES: readonly string[] = [
  require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
]

export interface PngOptions {
  /** Pixel density: 2 renders an 800×400 SVG as 1600×800. Default 1. */
  scale?: number
}

export function renderPng(svg: string, options: PngOptions = {}): Uint8Array {
  const scale = options.scale ?? 1
  const resvg = new Resvg(svg, {
    background: '#ffffff',
    fitTo: scale === 1 ? { mode: 'original' } : { mode: 'zoom', value: scale },
    font: {
      loadSystemFonts: false,
      fontFiles: [...FONT_FILES],
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
    },
  })
  const png = resvg.render().asPng()
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength)
}

let metricsInstalled = false

/**
 * Lays out server-side charts with the metrics of the fonts the rasterizer draws with (see
 * font-metrics.ts); call once before rendering SVGs meant to become PNGs.
 */
export function useRasterFontMetrics(): void {
  if (metricsInstalled) return
  metricsInstalled = true
  const [regular, bold] = FONT_FILES.map(readFontMetrics)
  echarts.setPlatformAPI({
    measureText: (text, font) => {
      const { size, bold: isBold } = parseFont(font)
      return { width: textWidth(isBold ? bold : regular, text, size) }
    },
  })
}
