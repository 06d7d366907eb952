import { emptyDocument, serializeGraph } from '../graph/index.ts'
import type { Connection, GraphDocument, GraphNode } from '../graph/index.ts'
import type { NodeRegistry } from '../runtime/registry.ts'
import { LayerCommands } from './layer-commands.ts'
import type { AppStore, AppState } from './store.ts'
import { LiveGraph } from './live-graph.ts'
import { Canvas } from './canvas/canvas.ts'
import { readGraphText } from './graph-text.ts'
import { duplicateOf, fragmentText } from './clipboard.ts'
import { GAP, READABLE_SCALE, bounds, estimatedSize, freeSpot } from './placement.ts'
import { BoardActions } from './board-actions.ts'
import { LayoutStore } from './view-layout.ts'
import type { ViewCommand } from './view-layout.ts'
import type { Rect } from './placement.ts'
import { isTypingTarget } from './components/events.ts'
import { DEFAULT_EXAMPLE, EXAMPLE_TEXTS } from './examples.ts'
import { shareGraph } from './persistence/share-command.ts'
import { PersistenceSession } from './persistence/session.ts'
import { chooseFile, downloadText, graphFileName } from './persistence/files.ts'
import type { AppCommand } from './view-types.ts'
import { focusRunning } from './trainer-focus.ts'
import { onShortcutKey } from './shortcuts.ts'
import type { ShortcutTarget } from './shortcuts.ts'
import type { ExportTarget } from '../export/index.ts'
import { exportFromEditor } from './export-command.ts'

/** Wires the store, the runtime worker, the canvas and the browser (files, keys, storage). */
export class EditorController {
  readonly store: AppStore
  /** The graph and its runtime worker: the part an embedded lesson shares with the editor. */
  private readonly live: LiveGraph
  private canvas: Canvas | null = null
  /** The state the canvas shows, the newest state waiting to be shown, and the loop showing it. */
  private previous: AppState | null = null
  private pendingRender: AppState | null = null
  private rendering: Promise<void> | null = null
  private starting: Promise<void> | null = null
  readonly board: BoardActions
  /** The page's layout (board, canvas, panels), remembered in localStorage. */
  readonly layout = new LayoutStore(globalThis.localStorage ?? null, globalThis.innerWidth ?? 1440)
  /** The autosave, share links opened once, Recent and the other tabs. */
  readonly session: PersistenceSession

  constructor(readonly catalog: NodeRegistry) {
    this.live = new LiveGraph(catalog)
    this.store = this.live.store
    this.board = new BoardActions(this.store, catalog)
    // Before the first state reaches render, which tells the session of every graph change.
    this.session = new PersistenceSession(catalog, {
      show: (doc, lines, source) => this.show(doc, lines, source),
      currentText: () => serializeGraph(this.store.doc),
      showProblems: (title, lines) => this.store.showProblems(title, lines),
      showDefault: () => this.openExample(DEFAULT_EXAMPLE),
    })
    this.store.state$.subscribe((state) => this.scheduleRender(state))
  }

  attachCanvas(container: HTMLElement): void {
    this.canvas = new Canvas(container, this.catalog, {
      connect: (c: Connection) => void this.store.connect(c),
      disconnect: (c: Connection) => this.store.disconnect(c),
      move: (id, position) => this.store.moveNode(id, position),
      moveEnd: () => this.store.sealHistory(),
      resize: (id, size) => this.store.resizeNode(id, size),
      chartSize: (id, size) => this.live.client.send({ kind: 'chartSize', nodeId: id, width: size.width, height: size.height }),
      select: (ids) => this.store.select(ids),
      add: (type, position) => this.addNode(type, position),
      remove: (ids) => this.store.removeNodes(ids),
      duplicate: (ids) => this.duplicate(ids),
      pinChart: (id, pinned) => this.board.pinChart(id, pinned),
      chartPinned: (id) => this.board.chartPinned(id),
      layers: new LayerCommands(this.store, this.catalog, (type, near) => freeSpot(this.canvas?.nodeRects() ?? [], estimatedSize(this.catalog.get(type)), near)),
    })
    this.scheduleRender(this.store.state)
  }

  /** The first graph: a shared link (once), else the autosaved graph, else the default example. */
  start(): Promise<void> {
    this.starting ??= this.session.start()
    return this.starting
  }

  /**
   * Opens graph text: a damaged file leaves the current graph as it is and lists its problems;
   * an incomplete one opens. The graph it replaces goes to Recent.
   */
  openText(text: string, source: string): boolean {
    const parsed = readGraphText(text, this.catalog)
    if (!parsed.ok) {
      this.store.showProblems(`${source} was not opened`, parsed.lines)
      return false
    }
    void this.session.putAsideCurrent()
    this.show(parsed.doc, parsed.lines, source)
    return true
  }

  private show(doc: GraphDocument, lines: readonly string[], source: string): void {
    this.store.load(doc)
    const count = lines.length === 1 ? 'a problem' : `${lines.length} problems`
    if (lines.length > 0) this.store.toast(`${source} is incomplete: ${count}, shown on its nodes. It runs once they are fixed.`)
  }

  openExample(id: string): void {
    const text = EXAMPLE_TEXTS.get(id)
    if (text) this.openText(text, `The example "${id}"`)
  }

  /**
   * Shows states one at a time, newest first: a canvas sync has many awaits, and two of them
   * interleaved (two graphs opened in quick succession) would mix their nodes. A state
   * superseded while an earlier one renders is skipped.
   */
  private scheduleRender(state: AppState): void {
    this.pendingRender = state
    this.rendering ??= this.drainRenders()
  }

  private async drainRenders(): Promise<void> {
    try {
      for (let state = this.pendingRender; state !== null; state = this.pendingRender) {
        this.pendingRender = null
        await this.render(state)
      }
    } finally {
      this.rendering = null
    }
  }

  /** Resolves once the canvas shows the latest state (a load's zoom to fit included). */
  async settled(): Promise<void> {
    // The first graph comes from IndexedDB: until it is shown, the canvas is not the app's state.
    await this.starting
    while (this.rendering) await this.rendering
  }

  private async render(state: AppState): Promise<void> {
    const prev = this.previous
    this.previous = state
    if (state.doc !== prev?.doc) this.session.changed(serializeGraph(state.doc))
    const canvas = this.canvas
    if (!canvas) return
    if (state.doc !== prev?.doc) await canvas.sync(state.doc)
    if (state.views !== prev?.views) {
      for (const [id, view] of state.views) if (prev?.views.get(id) !== view) await canvas.showView(id, view)
    }
    if (state.selected !== prev?.selected) await canvas.setSelected(state.selected)
    if (state.loadCount !== prev?.loadCount) await canvas.zoomToFit(READABLE_SCALE)
  }

  /**
   * Adds a node at a free place: the one nearest to where it was dropped, or for a palette
   * click nearest to the view's centre. Never on top of another node.
   */
  addNode(type: string, position?: [number, number]): void {
    const size = estimatedSize(this.catalog.get(type))
    const centre = this.canvas?.centre() ?? [0, 0]
    const near: [number, number] = position ?? [centre[0] - size.width / 2, centre[1] - size.height / 2]
    this.store.addNode(type, freeSpot(this.canvas?.nodeRects() ?? [], size, near))
  }

  /** Adds nodes (a paste or a duplicate) at the free place nearest to `near`, keeping their layout. */
  private place(nodes: readonly GraphNode[], connections: readonly Connection[], near: (box: Rect) => [number, number]): void {
    const box = bounds(nodes.map((n) => ({ x: n.position[0], y: n.position[1], ...estimatedSize(this.catalog.get(n.type), n.size) })))
    if (!box) return
    const spot = freeSpot(this.canvas?.nodeRects() ?? [], box, near(box))
    this.store.addFragment(nodes, connections, [spot[0] - box.x, spot[1] - box.y])
  }

  /** Copies of the given nodes beside them, wired among themselves and to the same inputs. */
  duplicate(ids: readonly string[]): void {
    const { nodes, connections } = duplicateOf(this.store.doc, ids)
    this.place(nodes, connections, (box) => [box.x + GAP, box.y + GAP])
  }

  async command(command: AppCommand): Promise<void> {
    switch (command) {
      case 'play': case 'pause': case 'stepBatch': case 'stepEpoch': case 'reset':
        this.live.runCommand(command)
        return
      case 'undo': case 'redo':
        this.store[command]()
        return
      case 'save':
        downloadText(serializeGraph(this.store.doc), graphFileName(this.store.doc.meta.title))
        return
      case 'new':
        // A commit, not a load: an accidental New is one Undo away (and, after a reload, in Recent).
        void this.session.putAsideCurrent()
        this.store.commit(emptyDocument())
        await this.settled()
        await this.canvas?.resetView()
        return
      case 'open': {
        const file = await chooseFile()
        if (file) this.openText(file.text, `"${file.name}"`)
        return
      }
      case 'share':
        this.store.toast(await shareGraph(serializeGraph(this.store.doc)))
        return
      case 'fit':
        await this.canvas?.zoomToFit(READABLE_SCALE)
        return
      case 'arrange':
        return this.arrange()
      case 'examples': case 'recent':
        return
    }
  }

  /** The Export menu: the graph as PyTorch, Keras or ONNX, made in the worker, downloaded as a zip. */
  exportTo(to: ExportTarget): Promise<void> {
    return exportFromEditor(this.live.client, this.store, to)
  }

  /** Lays the graph out left to right with ELK, loaded only when asked for. */
  private async arrange(): Promise<void> {
    const { layoutDocument } = await import('./layout.ts')
    const view = this.canvas?.container
    const aspect = view && view.clientHeight > 0 ? view.clientWidth / view.clientHeight : 1.6
    const doc: GraphDocument = await layoutDocument(this.store.doc, this.catalog, aspect)
    this.store.commit(doc)
    await this.settled()
    await this.canvas?.zoomToFit(READABLE_SCALE)
  }

  /** The keyboard shortcuts of the keymap (keymap.ts): the same commands the toolbar's buttons run. */
  onKeyDown(e: KeyboardEvent): void {
    onShortcutKey(e, this.shortcutTarget)
  }

  private readonly shortcutTarget: ShortcutTarget = {
    command: (command) => void this.command(command),
    running: () => focusRunning(this.store.state.progress, this.store.state.trainerFocus),
    deleteSelection: () => this.store.removeNodes(this.store.state.selected),
    view: (command) => this.view(command),
  }

  /** Changes the layout; a canvas shown anew is fitted once it has its new size. */
  view(command: ViewCommand): void {
    this.layout.command(command)
    if (command.startsWith('layout')) requestAnimationFrame(() => void this.canvas?.zoomToFit(READABLE_SCALE))
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
    const centre = this.canvas?.centre() ?? [0, 0]
    this.place(parsed.doc.nodes, parsed.doc.connections, (box) => [centre[0] - box.width / 2, centre[1] - box.height / 2])
  }

  /** A node type dragged from the palette, or a graph file dropped from the desktop. */
  async onDrop(e: DragEvent): Promise<void> {
    e.preventDefault()
    const type = e.dataTransfer?.getData('application/x-flowgrad-node')
    if (type) {
      this.addNode(type, this.canvas?.pointerPosition(e))
      return
    }
    const file = e.dataTransfer?.files[0]
    if (file) this.openText(await file.text(), `"${file.name}"`)
  }

  dispose(): void {
    this.canvas?.destroy()
    this.live.dispose()
  }
}
