import type { Connection } from '../../graph/graph-file.ts'
import type { ChartSizeDetail } from '../components/events.ts'
import type { LayerActions } from '../layer-commands.ts'

/** What the canvas asks of the app when the user edits on it. */
export interface CanvasActions {
  connect(c: Connection): void
  disconnect(c: Connection): void
  move(nodeId: string, position: [number, number]): void
  /** Whether the user may drag this node (a student may not move a node the teacher locked). */
  movable(nodeId: string): boolean
  moveEnd(): void
  /** A plot node resized to [width, chart height] in graph units. */
  resize(nodeId: string, size: [number, number]): void
  /** A plot node's chart is laid out at this size in CSS pixels: paint it so. */
  chartSize(nodeId: string, size: ChartSizeDetail): void
  select(ids: string[]): void
  add(type: string, position: [number, number]): void
  remove(ids: string[]): void
  duplicate(ids: string[]): void
  /** Pins a plot node's chart to the board, or takes it off. */
  pinChart(nodeId: string, pinned: boolean): void
  /** Whether a plot node's chart is on the board (for the context menu's wording). */
  chartPinned(nodeId: string): boolean
  /** The layer commands: Collapse into Sequential, Expand into layers, "+ layer after". */
  readonly layers: LayerActions
}
