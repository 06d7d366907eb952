import type { NodeSchema } from '../graph/node-schema.ts'
import { CHART_HEIGHT, NODE_WIDTH, PLOT_WIDTH } from './canvas/schemes.ts'

/** A box in graph coordinates: top-left corner and size. */
export interface Rect {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

export interface Size {
  readonly width: number
  readonly height: number
}

/**
 * The smallest zoom that fitting a view goes to: node titles (13 px) render at 10 px and the
 * smallest node text (11 px) above 8 px. A larger graph shows its lesson part, not specks.
 */
export const READABLE_SCALE = 10 / 13

/** Room left between two nodes placed automatically. */
export const GAP = 32

/** An estimate of a node's drawn size before it is drawn: header, one row per port, a chart for plots. */
export function estimatedSize(schema: NodeSchema | undefined, size?: readonly [number, number]): Size {
  if (!schema) return { width: NODE_WIDTH, height: 100 }
  const plot = Object.values(schema.outputs).some((o) => o.type === 'Chart')
  const rows = Object.keys(schema.inputs).length + Object.keys(schema.outputs).length
  const [width, chart] = plot ? (size ?? [PLOT_WIDTH, CHART_HEIGHT]) : [NODE_WIDTH, 0]
  return { width, height: 60 + rows * 24 + (plot ? chart + 20 : 0) }
}

function overlaps(a: Rect, b: Rect, gap: number): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap
}

/** The smallest box around all of these. */
export function bounds(rects: readonly Rect[]): Rect | null {
  if (rects.length === 0) return null
  const x = Math.min(...rects.map((r) => r.x))
  const y = Math.min(...rects.map((r) => r.y))
  return { x, y, width: Math.max(...rects.map((r) => r.x + r.width)) - x, height: Math.max(...rects.map((r) => r.y + r.height)) - y }
}

/**
 * The free place nearest to `near` (a top-left corner) where a box of this size touches
 * none of `taken`, searched ring by ring on a grid: palette clicks, duplicates and pastes
 * never land on top of another node.
 */
export function freeSpot(taken: readonly Rect[], size: Size, near: readonly [number, number], step = 40): [number, number] {
  const fits = (x: number, y: number) => !taken.some((r) => overlaps({ x, y, ...size }, r, GAP))
  for (let ring = 0; ring < 200; ring++) {
    const candidates: [number, number][] = []
    for (let i = -ring; i <= ring; i++) {
      for (let j = -ring; j <= ring; j++) {
        if (Math.max(Math.abs(i), Math.abs(j)) === ring) candidates.push([near[0] + i * step, near[1] + j * step])
      }
    }
    candidates.sort((a, b) => Math.hypot(a[0] - near[0], a[1] - near[1]) - Math.hypot(b[0] - near[0], b[1] - near[1]))
    const found = candidates.find(([x, y]) => fits(x, y))
    if (found) return [Math.round(found[0]), Math.round(found[1])]
  }
  const all = bounds(taken)
  return all ? [Math.round(all.x), Math.round(all.y + all.height + GAP)] : [Math.round(near[0]), Math.round(near[1])]
}

/** A view of the graph: scale k, then the translation of graph point (0, 0) in the viewport. */
export interface ViewTransform {
  readonly k: number
  readonly x: number
  readonly y: number
}

/**
 * The view that shows `all` in a viewport, with a margin, but never smaller than
 * `minScale` (where node text stays readable) nor larger than 1. When the whole graph
 * does not fit at `minScale`, the view centres on `focus` (the plots and trainers, where
 * the lesson is) and the minimap shows the rest.
 */
export function fitView(all: Rect, focus: Rect | null, viewport: Size, minScale: number, margin = 0.9): ViewTransform {
  const fit = Math.min((viewport.width * margin) / all.width, (viewport.height * margin) / all.height)
  const k = Math.max(minScale, Math.min(1, fit))
  const target = fit < minScale && focus ? focus : all
  const x = viewport.width / 2 - (target.x + target.width / 2) * k
  const y = viewport.height / 2 - (target.y + target.height / 2) * k
  // A focus wider than the view starts at its left edge: the data flows from there.
  const left = target.width * k > viewport.width ? viewport.width * (1 - margin) / 2 - target.x * k : x
  return { k, x: left, y }
}

/** One axis of revealShift: the shift that brings [start, end] inside [margin, size − margin], its start first. */
function shiftInto(start: number, end: number, size: number, margin: number): number {
  const past = Math.min(0, size - margin - end)
  return start + past < margin ? margin - start : past
}

/**
 * How far to pan (screen pixels, x and y) so `rect`, in graph coordinates, lies whole inside
 * the viewport with a margin; [0, 0] when it already does. A rect larger than the viewport
 * shows its top left, where a node's title is.
 */
export function revealShift(rect: Rect, view: ViewTransform, viewport: Size, margin = 24): [number, number] {
  const left = rect.x * view.k + view.x
  const top = rect.y * view.k + view.y
  return [shiftInto(left, left + rect.width * view.k, viewport.width, margin), shiftInto(top, top + rect.height * view.k, viewport.height, margin)]
}
