/**
 * Pure edits of a graph's board: pin, unpin, resize, and what the board keeps when nodes go.
 * The store applies them as document edits, so they are undone, autosaved and shared.
 */
import type { Board, BoardControl, ChartSize } from '../graph/graph-file.ts'
import { emptyBoard } from '../graph/graph-file.ts'
import type { BoardPin } from './components/events.ts'
import { lessonWithoutNodes, sameItem } from './lesson-rules.ts'

/** The board with `pin` added at the end (pinned) or removed (not pinned). */
export function withPin(board: Board | undefined, pin: BoardPin, pinned: boolean): Board {
  const b = board ?? emptyBoard()
  if (pin.kind === 'chart') {
    const others = b.charts.filter((c) => !(c.node === pin.node && c.port === pin.port))
    return { ...b, charts: pinned ? [...others, { node: pin.node, port: pin.port, size: 'medium' }] : others }
  }
  const control = controlOf(pin)
  const others = b.controls.filter((c) => !sameItem(c, control))
  return { ...b, controls: pinned ? [...others, control] : others }
}

/** The board control a param or input pin stands for. */
function controlOf(pin: Exclude<BoardPin, { kind: 'chart' }>): BoardControl {
  return pin.kind === 'control' ? { node: pin.node, param: pin.param } : { node: pin.node, input: pin.input }
}

/** The board with a pinned chart taking `size`. */
export function withChartSize(board: Board, node: string, port: string, size: ChartSize): Board {
  return { ...board, charts: board.charts.map((c) => (c.node === node && c.port === port ? { ...c, size } : c)) }
}

/** The board without the pins (and the lesson's entries) of nodes that are gone. */
export function withoutNodes(board: Board, gone: ReadonlySet<string>): Board {
  const pins: Board = { charts: board.charts.filter((c) => !gone.has(c.node)), controls: board.controls.filter((c) => !gone.has(c.node)) }
  const lesson = board.lesson ? lessonWithoutNodes(board.lesson, gone) : undefined
  return lesson ? { ...pins, lesson } : pins
}

export function isPinned(board: Board | undefined, pin: BoardPin): boolean {
  if (!board) return false
  if (pin.kind === 'chart') return board.charts.some((c) => c.node === pin.node && c.port === pin.port)
  const control = controlOf(pin)
  return board.controls.some((c) => sameItem(c, control))
}

/** The params of a node that are on the board. */
export function pinnedParams(board: Board | undefined, nodeId: string): string[] {
  return (board?.controls ?? []).flatMap((c) => (c.node === nodeId && c.param !== undefined ? [c.param] : []))
}

/** The inputs of a node whose source is chosen on the board. */
export function pinnedInputs(board: Board | undefined, nodeId: string): string[] {
  return (board?.controls ?? []).flatMap((c) => (c.node === nodeId && c.input !== undefined ? [c.input] : []))
}
