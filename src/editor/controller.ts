import { emptyDocument, serializeGraph } from '../graph/index.ts'
import type { Connection, GraphDocument, Lesson } from '../graph/index.ts'
import type { NodeRegistry } from '../runtime/registry.ts'
import { LayerCommands } from './layer-commands.ts'
import type { AppStore, AppState } from './store.ts'
import { LiveGraph } from './live-graph.ts'
import { Canvas } from './canvas/canvas.ts'
import { readGraphText } from './graph-text.ts'
import { READABLE_SCALE } from './placement.ts'
import { BoardActions } from './board-actions.ts'
import { LayoutStore } from './view-layout.ts'
import type { ViewCommand } from './view-layout.ts'
import { LessonActions } from './lesson-actions.ts'
import { shownDocument } from './lesson-rules.ts'
import { NodePlacer } from './node-placer.ts'
import { Presentation } from './presentation.ts'
import { DEFAULT_EXAMPLE, EXAMPLE_TEXTS } from './examples.ts'
import { shareGraph } from './persistence/share-command.ts'
import { AUTOSAVED, PersistenceSession } from './persistence/session.ts'
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
  /** Teacher mode and the lesson's locks. */
  readonly lesson: LessonActions
  readonly presentation = new Presentation()
  /** Where new, pasted, duplicated and dropped nodes go. */
  readonly placer: NodePlacer
  /** What the canvas shows was made from: a student's canvas lacks the lesson's hidden nodes. */
  private shownFrom: { doc: GraphDocument; lesson: Lesson | null } | null = null

  constructor(readonly catalog: NodeRegistry) {
    this.live = new LiveGraph(catalog)
    this.store = this.live.store
    this.board = new BoardActions(this.store, catalog)
    this.lesson = new LessonActions(this.store, catalog)
    this.placer = new NodePlacer(this.store, catalog, () => this.canvas, (text, source) => this.openText(text, source))
    // Before the first state reaches render, which tells the session of every graph change.
    this.session = new PersistenceSession(catalog, {
      show: (doc, lines, source) => this.show(doc, lines, source),
      currentText: () => serializeGraph(this.store.doc),
      showProblems: (title, lines) => this.store.showProblems(title, lines),
      showDefault: () => this.openExample(DEFAULT_EXAMPLE),
    })
    this.store.state$.subscribe((state) => this.scheduleRender(state))
    // Entering or leaving teacher mode shows or hides the hidden nodes.
    this.lesson.state$.subscribe(() => this.scheduleRender(this.store.state))
  }

  /** Feeds an input from another output (the board's input control): the same edit as a reconnect on the canvas. */
  chooseSource(c: Connection): void {
    if (this.lesson.canWire(c)) this.store.connect(c)
  }

  attachCanvas(container: HTMLElement): void {
    this.canvas = new Canvas(container, this.catalog, {
      connect: (c: Connection) => void (this.lesson.canWire(c) && this.store.connect(c)),
      disconnect: (c: Connection) => this.lesson.canWire(c) && this.store.disconnect(c),
      movable: (id) => this.lesson.canEditNode(id),
      move: (id, position) => this.store.moveNode(id, position),
      moveEnd: () => this.store.sealHistory(),
      resize: (id, size) => this.store.resizeNode(id, size),
      chartSize: (id, size) => this.live.client.send({ kind: 'chartSize', nodeId: id, width: size.width, height: size.height }),
      select: (ids) => this.store.select(ids),
      add: (type, position) => this.placer.addNode(type, position),
      remove: (ids) => this.store.removeNodes(this.lesson.removable(ids)),
      duplicate: (ids) => this.placer.duplicate(ids),
      pinChart: (id, pinned) => this.board.pinChart(id, pinned),
      chartPinned: (id) => this.board.chartPinned(id),
      layers: new LayerCommands(this.store, this.catalog, (type, near) => this.placer.spotFor(type, near), (next) => this.lesson.allows(next)),
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
    this.lesson.opened(doc, source === AUTOSAVED)
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
    const lesson = this.lesson.active
    if (state.doc !== this.shownFrom?.doc || lesson !== this.shownFrom.lesson) {
      this.shownFrom = { doc: state.doc, lesson }
      await canvas.sync(shownDocument(state.doc, lesson))
    }
    if (state.views !== prev?.views) {
      for (const [id, view] of state.views) if (prev?.views.get(id) !== view) await canvas.showView(id, view)
    }
    if (state.selected !== prev?.selected) await canvas.setSelected(state.selected)
    if (state.loadCount !== prev?.loadCount) await canvas.zoomToFit(READABLE_SCALE)
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
        this.lesson.opened(emptyDocument())
        this.store.commit(emptyDocument())
        await this.settled()
        await this.canvas?.resetView()
        return
      case 'open': {
        const file = await chooseFile()
        if (file) this.openText(file.text, `"${file.name}"`)
        return
      }
      case 'share': {
        const text = serializeGraph(this.store.doc)
        this.lesson.shared(text)
        this.store.toast(await shareGraph(text))
        return
      }
      case 'present':
        this.presentation.toggle()
        // Back from the board alone, the canvas has its size again: fit it then.
        if (!this.presentation.presenting) requestAnimationFrame(() => void this.canvas?.zoomToFit(READABLE_SCALE))
        return
      case 'teach':
        this.lesson.setTeaching(!this.lesson.state.teaching)
        return
      case 'resetLesson':
        this.lesson.reset()
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
    deleteSelection: () => this.store.removeNodes(this.lesson.removable(this.store.state.selected)),
    view: (command) => this.view(command),
    presenting: () => this.presentation.presenting,
  }

  /** Changes the layout; a canvas shown anew is fitted once it has its new size. */
  view(command: ViewCommand): void {
    this.layout.command(command)
    if (command.startsWith('layout')) requestAnimationFrame(() => void this.canvas?.zoomToFit(READABLE_SCALE))
  }

  dispose(): void {
    this.canvas?.destroy()
    this.live.dispose()
  }
}
