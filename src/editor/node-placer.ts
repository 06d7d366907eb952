import type { Catalog, Connection, GraphNode } from '../graph/index.ts'
import type { Canvas } from './canvas/canvas.ts'
import { duplicateOf, fragmentText } from './clipboard.ts'
import { isTypingTarget } from './components/events.ts'
import { readGraphText } from './graph-text.ts'
import { GAP, bounds, estimatedSize, freeSpot } from './placement.ts'
import type { Rect } from './placement.ts'
import type { AppStore } from './store.ts'

/**
 * Where new nodes go: a palette click, a drop, a duplicate, a paste. Never on top of another
 * node; the clipboard's copy and paste, and graph files dropped from the desktop.
 */
export class NodePlacer {
  constructor(
    private readonly store: AppStore,
    private readonly catalog: Catalog,
    private readonly canvas: () => Canvas | null,
    /** Opens a dropped graph file's text. */
    private readonly openText: (text: string, source: string) => void,
  ) {}

  /** The free place nearest to `near` for a node of this type (never on top of another node). */
  spotFor(type: string, near: [number, number]): [number, number] {
    return freeSpot(this.canvas()?.nodeRects() ?? [], estimatedSize(this.catalog.get(type)), near)
  }

  /**
   * Adds a node at a free place: the one nearest to where it was dropped, or for a palette
   * click nearest to the view's centre.
   */
  addNode(type: string, position?: [number, number]): void {
    const size = estimatedSize(this.catalog.get(type))
    const centre = this.canvas()?.centre() ?? [0, 0]
    const near: [number, number] = position ?? [centre[0] - size.width / 2, centre[1] - size.height / 2]
    const spot = freeSpot(this.canvas()?.nodeRects() ?? [], size, near)
    this.store.addNode(type, spot)
    // The free place nearest the centre of a crowded view may lie past its edge: show the node
    // there. A drop is where the user put it: the view stays.
    if (!position) void this.canvas()?.reveal({ x: spot[0], y: spot[1], ...size })
  }

  /** Adds nodes (a paste or a duplicate) at the free place nearest to `near`, keeping their layout. */
  private place(nodes: readonly GraphNode[], connections: readonly Connection[], near: (box: Rect) => [number, number]): void {
    const box = bounds(nodes.map((n) => ({ x: n.position[0], y: n.position[1], ...estimatedSize(this.catalog.get(n.type), n.size) })))
    if (!box) return
    const spot = freeSpot(this.canvas()?.nodeRects() ?? [], box, near(box))
    this.store.addFragment(nodes, connections, [spot[0] - box.x, spot[1] - box.y])
  }

  /** Copies of the given nodes beside them, wired among themselves and to the same inputs. */
  duplicate(ids: readonly string[]): void {
    const { nodes, connections } = duplicateOf(this.store.doc, ids)
    this.place(nodes, connections, (box) => [box.x + GAP, box.y + GAP])
  }

  onCopy(e: ClipboardEvent): void {
    if (isTypingTarget(e) || this.store.state.selected.length === 0) return
    e.clipboardData?.setData('text/plain', fragmentText(this.store.doc, this.store.state.selected))
    e.preventDefault()
  }

  /** Pastes a copied fragment or a whole graph file into the current graph. */
  onPaste(e: ClipboardEvent): void {
    if (isTypingTarget(e)) return
    const text = e.clipboardData?.getData('text/plain') ?? ''
    if (!text.trim().startsWith('{')) return
    e.preventDefault()
    const parsed = readGraphText(text, this.catalog)
    if (!parsed.ok) {
      this.store.showProblems('The pasted text is not a Flowgrad graph', parsed.lines)
      return
    }
    const centre = this.canvas()?.centre() ?? [0, 0]
    this.place(parsed.doc.nodes, parsed.doc.connections, (box) => [centre[0] - box.width / 2, centre[1] - box.height / 2])
  }

  /** A node type dragged from the palette, or a graph file dropped from the desktop. */
  async onDrop(e: DragEvent): Promise<void> {
    e.preventDefault()
    const type = e.dataTransfer?.getData('application/x-flowgrad-node')
    if (type) {
      this.addNode(type, this.canvas()?.pointerPosition(e))
      return
    }
    const file = e.dataTransfer?.files[0]
    if (file) this.openText(await file.text(), `"${file.name}"`)
  }
}
