import { NodeEditor } from 'rete'
import { AreaExtensions, AreaPlugin } from 'rete-area-plugin'
import { ConnectionPlugin, Presets as ConnectionPresets } from 'rete-connection-plugin'
import { LitPlugin, Presets } from '@retejs/lit-plugin'
import type { LitArea2D } from '@retejs/lit-plugin'
import { contextMenuPreset } from './context-menu-preset.ts'
import { canvasMenu } from './canvas-menu.ts'
import type { ContextMenuExtra } from 'rete-context-menu-plugin'
import { MinimapPlugin } from 'rete-minimap-plugin'
import type { MinimapExtra } from 'rete-minimap-plugin'
import { html } from 'lit'
import type { Catalog } from '../../graph/node-schema.ts'
import type { Connection, GraphDocument } from '../../graph/graph-file.ts'
import type { NodeRuntimeView } from '../view-types.ts'
import { bounds, fitView, revealShift } from '../placement.ts'
import type { Rect } from '../placement.ts'
import { FlowConnection, FlowNode } from './schemes.ts'
import { placeholderPorts } from './placeholder-ports.ts'
import { lessonMarks } from '../lesson-rules.ts'
import { unknownTypeMessage } from '../../runtime/placeholder-node.ts'
import type { PortSocket, Schemes } from './schemes.ts'
import type { FgNode } from '../components/fg-node.ts'
import type { CanvasActions } from './canvas-actions.ts'
import '../components/fg-node.ts'
import { MinimapGuard } from './minimap-guard.ts'
import '../components/fg-socket.ts'
type AreaExtra = LitArea2D<Schemes> | ContextMenuExtra | MinimapExtra

const key = (c: Connection): string => `${c.from.node}.${c.from.port}>${c.to.node}.${c.to.port}`
const toConnection = (c: FlowConnection): Connection => ({ from: { node: c.source, port: c.sourceOutput }, to: { node: c.target, port: c.targetInput } })

/**
 * The Rete canvas, kept equal to the app's document. The document is the truth: the user's
 * gestures become requests to the app, and `sync` makes the canvas show the result.
 */
export class Canvas {
  readonly editor = new NodeEditor<Schemes>()
  readonly area: AreaPlugin<Schemes, AreaExtra>
  /** Rete's wire dragging; the property tests drive its own pick/drop flow. */
  readonly connection = new ConnectionPlugin<Schemes, AreaExtra>()
  private syncing = false
  /**
   * The connections and node moves the canvas is making itself, to show the document. Only
   * these pass the edit pipes; everything else is the user's, and becomes a request to the
   * app. (A flag for "syncing now" is not enough: Rete delivers a wire the user drew a few
   * ticks later, and it could land in the middle of a sync.)
   */
  private readonly ownConnections = new Set<string>()
  private readonly ownMoves = new Set<string>()
  private readonly selector = AreaExtensions.selector()
  private readonly selection: ReturnType<typeof AreaExtensions.selectableNodes>
  private readonly minimapGuard: MinimapGuard

  constructor(
    readonly container: HTMLElement,
    private readonly catalog: Catalog,
    private readonly actions: CanvasActions,
  ) {
    this.area = new AreaPlugin<Schemes, AreaExtra>(container)
    const render = new LitPlugin<Schemes, AreaExtra>()
    render.addPreset(
      Presets.classic.setup({
        customize: {
          node: (data) => ({ emit }) => html`<fg-node .data=${data.payload} .emit=${emit}></fg-node>`,
          socket: (data) => () => html`<fg-socket .data=${data.payload as PortSocket}></fg-socket>`,
        },
      }),
    )
    render.addPreset(contextMenuPreset(300))
    render.addPreset(Presets.minimap.setup({ size: 140 }))
    this.connection.addPreset(ConnectionPresets.classic.setup())
    this.editor.use(this.area)
    this.area.use(this.connection)
    this.area.use(canvasMenu(this.catalog, this.actions, () => this.area.area.pointer, () => this.editor.getNodes().filter((n) => n.selected)))
    this.area.use(new MinimapPlugin<Schemes>({ boundViewport: true }))
    this.area.use(render)
    AreaExtensions.simpleNodesOrder(this.area)
    this.selection = AreaExtensions.selectableNodes(this.area, this.selector, { accumulating: AreaExtensions.accumulateOnCtrl() })
    this.interceptEdits()
    this.minimapGuard = new MinimapGuard(container)
    this.area.addPipe((context) => {
      if (context.type === 'zoomed' || context.type === 'translated' || context.type === 'nodetranslated' || context.type === 'resized') this.minimapGuard.schedule()
      return context
    })
  }

  /** User gestures become requests; the canvas changes only through `sync`. */
  private interceptEdits(): void {
    this.editor.addPipe((context) => {
      if ((context.type === 'connectioncreate' || context.type === 'connectionremove') && this.ownConnections.has(context.data.id)) return context
      if (context.type === 'connectioncreate') {
        this.actions.connect(toConnection(context.data))
        return undefined
      }
      if (context.type === 'connectionremove') {
        this.actions.disconnect(toConnection(context.data))
        return undefined
      }
      return context
    })
    this.area.addPipe((context) => {
      // A locked node stays where the teacher put it: the drag is refused before it moves.
      if (context.type === 'nodetranslate' && !this.ownMoves.has(context.data.id) && !this.actions.movable(context.data.id)) return undefined
      if (context.type === 'nodetranslated') {
        const { id, position } = context.data
        if (!this.ownMoves.has(id)) this.actions.move(id, [position.x, position.y])
        return context
      }
      if (this.syncing) return context
      if (context.type === 'nodedragged') {
        this.actions.moveEnd()
      } else if (context.type === 'nodepicked') {
        queueMicrotask(() => this.actions.select(this.selectedIds()))
      } else if (context.type === 'pointerdown' && context.data.event.target === this.container) {
        queueMicrotask(() => this.actions.select(this.selectedIds()))
      }
      return context
    })
  }

  selectedIds(): string[] {
    return this.editor.getNodes().filter((n) => n.selected).map((n) => n.id)
  }

  /** Makes the canvas show `doc`: adds, removes, moves and relabels what differs. */
  async sync(doc: GraphDocument): Promise<void> {
    this.syncing = true
    try {
      const wanted = new Map(doc.nodes.map((n) => [n.id, n]))
      const pinned = new Set((doc.board?.charts ?? []).map((c) => c.node))
      const marks = lessonMarks(doc)
      const wantedLinks = new Map(doc.connections.map((c) => [key(c), c]))
      const kept = new Set<string>()
      for (const c of this.editor.getConnections()) {
        const k = key(toConnection(c))
        const unwanted = !wantedLinks.has(k) || !wanted.has(c.source) || !wanted.has(c.target) || kept.has(k)
        if (unwanted) await this.own(this.ownConnections, c.id, () => this.editor.removeConnection(c.id))
        else kept.add(k)
      }
      for (const n of this.editor.getNodes()) {
        const target = wanted.get(n.id)
        if (!target || target.type !== n.schema.type) await this.editor.removeNode(n.id)
      }
      for (const n of doc.nodes) {
        const existing = this.editor.getNode(n.id)
        if (!existing) {
          const schema = this.catalog.get(n.type)
          const node = schema ? new FlowNode(n, schema) : FlowNode.placeholder(n, placeholderPorts(n.id, doc), unknownTypeMessage(n.type))
          node.pinned = pinned.has(n.id)
          node.lessonMark = marks.get(n.id) ?? null
          node.onResize = () => {
            void this.area.update('node', node.id)
            this.actions.resize(node.id, [node.width, node.chartHeight])
          }
          node.onChartSize = (size) => this.actions.chartSize(node.id, size)
          node.onPin = (pinned) => this.actions.pinChart(node.id, pinned)
          await this.editor.addNode(node)
          await this.own(this.ownMoves, node.id, () => this.area.translate(node.id, { x: n.position[0], y: n.position[1] }))
          continue
        }
        const view = this.area.nodeViews.get(n.id)
        if (view && (view.position.x !== n.position[0] || view.position.y !== n.position[1])) {
          await this.own(this.ownMoves, n.id, () => this.area.translate(n.id, { x: n.position[0], y: n.position[1] }))
        }
        const label = n.title ?? existing.schema.title
        const resized = existing.applySize(n.size)
        const mark = marks.get(n.id) ?? null
        if (existing.label !== label || existing.graphNode !== n || resized || existing.pinned !== pinned.has(n.id) || existing.lessonMark !== mark) {
          existing.label = label
          existing.pinned = pinned.has(n.id)
          existing.lessonMark = mark
          existing.graphNode = n
          await this.area.update('node', n.id)
        }
      }
      const present = new Set(this.editor.getConnections().map((c) => key(toConnection(c))))
      for (const [k, c] of wantedLinks) {
        if (present.has(k)) continue
        const source = this.editor.getNode(c.from.node)
        const target = this.editor.getNode(c.to.node)
        if (!source || !target) continue
        const connection = new FlowConnection(source, c.from.port, target, c.to.port)
        await this.own(this.ownConnections, connection.id, () => this.editor.addConnection(connection))
      }
    } finally {
      this.syncing = false
      this.minimapGuard.schedule()
    }
  }

  /** Runs one of the canvas's own edits, marked so that the edit pipes let it through. */
  private async own<T>(marks: Set<string>, id: string, edit: () => Promise<T>): Promise<T> {
    marks.add(id)
    try {
      return await edit()
    } finally {
      marks.delete(id)
    }
  }

  /**
   * Shows the runtime's latest state of a node (status, shapes, error, chart). Only the node's
   * own element re-renders: going through Rete's render pipeline would re-measure every
   * socket and redraw the minimap (a forced layout per node) on every training frame.
   */
  async showView(nodeId: string, view: NodeRuntimeView): Promise<void> {
    const node = this.editor.getNode(nodeId)
    if (!node || node.view === view) return
    node.view = view
    const element = this.area.nodeViews.get(nodeId)?.element.querySelector<FgNode>('fg-node')
    if (element) element.requestUpdate()
    else await this.area.update('node', nodeId)
  }

  /** Selects exactly these nodes (after an add or a paste), through Rete's selector. */
  async setSelected(ids: readonly string[]): Promise<void> {
    const current = this.selectedIds()
    if (current.length === ids.length && current.every((id) => ids.includes(id))) return
    await this.selector.unselectAll()
    for (const id of ids) if (this.editor.getNode(id)) await this.selection.select(id, true)
  }

  /** Where each drawn node is, in graph coordinates, at its drawn size. */
  nodeRects(ids?: readonly string[]): Rect[] {
    const wanted = ids ? new Set(ids) : null
    const rects: Rect[] = []
    for (const node of this.editor.getNodes()) {
      if (wanted && !wanted.has(node.id)) continue
      const view = this.area.nodeViews.get(node.id)
      if (!view) continue
      rects.push({ x: view.position.x, y: view.position.y, width: view.element.offsetWidth || node.width, height: view.element.offsetHeight || node.height })
    }
    return rects
  }

  /**
   * Shows the whole graph, at most at 100%, but never below `minScale`: a graph too large
   * for that is shown around its plots and trainers (the lesson), the minimap shows the rest.
   */
  async zoomToFit(minScale = 0): Promise<void> {
    const all = bounds(this.nodeRects())
    if (!all) return
    const lesson = this.editor.getNodes().filter((n) => Object.values(n.schema.outputs).some((o) => o.type === 'Chart' || o.type === 'Training'))
    const focus = bounds(this.nodeRects(lesson.map((n) => n.id)))
    await this.setView(fitView(all, focus, { width: this.container.clientWidth, height: this.container.clientHeight }, minScale))
  }

  /** 100% zoom with the graph's origin near the top left (a new, empty graph). */
  async resetView(): Promise<void> {
    await this.setView({ k: 1, x: 40, y: 40 })
  }

  private async setView(t: { k: number; x: number; y: number }): Promise<void> {
    this.area.area.transform.x = t.x
    this.area.area.transform.y = t.y
    await this.area.area.zoom(t.k, 0, 0)
  }

  /** Pans the least that brings `rect` (graph coordinates) whole into view: a node placed off the visible part. */
  async reveal(rect: Rect): Promise<void> {
    const t = this.area.area.transform
    const shift = revealShift(rect, t, { width: this.container.clientWidth, height: this.container.clientHeight })
    if (shift[0] !== 0 || shift[1] !== 0) await this.setView({ k: t.k, x: t.x + shift[0], y: t.y + shift[1] })
  }

  /** The graph coordinates under a pointer or drop event. */
  pointerPosition(event: { clientX: number; clientY: number }): [number, number] {
    const rect = this.container.getBoundingClientRect()
    const { x, y, k } = this.area.area.transform
    return [(event.clientX - rect.left - x) / k, (event.clientY - rect.top - y) / k]
  }

  /** The graph coordinates at the centre of the visible area. */
  centre(): [number, number] {
    return this.pointerPosition({ clientX: this.container.getBoundingClientRect().left + this.container.clientWidth / 2, clientY: this.container.getBoundingClientRect().top + this.container.clientHeight / 2 })
  }

  destroy(): void {
    this.minimapGuard.destroy()
    this.area.destroy()
  }
}
