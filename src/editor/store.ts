import { BehaviorSubject } from 'rxjs'
import type { Observable } from 'rxjs'
import type { Catalog } from '../graph/node-schema.ts'
import type { Board, Connection, GraphDocument, GraphNode, ParamValues, Tweak } from '../graph/graph-file.ts'
import { emptyDocument } from '../graph/graph-file.ts'
import { wire } from './wiring.ts'
import { trainerIds } from './trainer-focus.ts'
import { defaultParams } from '../graph/defaults.ts'
import type { RunCommand } from '../runtime/define-node.ts'
import type { FromWorker, ToWorker, TweakRecord } from './worker/protocol.ts'
import { diffDocs } from './graph-diff.ts'
import { History, tweaksThrough } from './history.ts'
import { freshId } from './ids.ts'
import { placedFragment } from './clipboard.ts'
import { TweakGestures } from './tweak-gestures.ts'
import { recordTweak } from '../graph/tweaks.ts'
import { withoutNodes } from './board-edits.ts'
import type { AppState, EditOptions, RuntimePort } from './app-state.ts'

export type { AppState, EditOptions, RuntimePort } from './app-state.ts'

function clone<T>(v: T): T {
  return structuredClone(v)
}

/**
 * The editor's single source of truth: the graph document and what the runtime shows of it.
 * Every edit produces a new document; the runtime receives exactly the difference.
 */
export class AppStore {
  private readonly subject: BehaviorSubject<AppState>
  private readonly history = new History()
  private readonly gestures = new TweakGestures()
  private toastTimer: ReturnType<typeof setTimeout> | undefined
  readonly state$: Observable<AppState>

  constructor(
    private readonly catalog: Catalog,
    private readonly runtime: RuntimePort,
  ) {
    this.subject = new BehaviorSubject<AppState>({
      doc: emptyDocument(),
      views: new Map(),
      progress: new Map(),
      selected: [],
      canUndo: false,
      canRedo: false,
      toast: null,
      problems: null,
      loadCount: 0,
      trainerFocus: null,
    })
    this.state$ = this.subject.asObservable()
  }

  get state(): AppState {
    return this.subject.value
  }

  get doc(): GraphDocument {
    return this.state.doc
  }

  private set(patch: Partial<AppState>): void {
    this.subject.next({ ...this.state, ...patch, canUndo: this.history.canUndo, canRedo: this.history.canRedo })
  }

  /** Replaces the graph (open, example, share link, autosave); history starts afresh. */
  load(doc: GraphDocument): void {
    this.history.clear()
    const copy = clone(doc)
    this.runtime.send({ kind: 'load', doc: copy })
    this.set({ doc: copy, views: new Map(), progress: new Map(), selected: [], problems: null, loadCount: this.state.loadCount + 1, trainerFocus: null })
  }

  /** Applies a new document, sending the runtime only what changed. */
  commit(next: GraphDocument, options: EditOptions = {}): void {
    const before = this.doc
    this.send(diffDocs(before, next).map((op) => (op.kind === 'setParam' && options.gesture !== undefined ? { ...op, gesture: options.gesture } : op)))
    this.history.record(before, options.mergeKey ?? null)
    this.set(this.forDocument(next))
  }

  /** The state for a new document: what belonged to removed nodes goes with them. */
  private forDocument(doc: GraphDocument): Partial<AppState> {
    const ids = new Set(doc.nodes.map((n) => n.id))
    const keep = <V>(map: ReadonlyMap<string, V>): Map<string, V> => new Map([...map].filter(([id]) => ids.has(id)))
    const focus = this.state.trainerFocus
    return {
      doc,
      selected: this.state.selected.filter((id) => ids.has(id)),
      views: keep(this.state.views),
      progress: keep(this.state.progress),
      trainerFocus: focus !== null && ids.has(focus) ? focus : null,
    }
  }

  private edit(mutate: (doc: GraphDocument) => void, options?: EditOptions): void {
    const next = clone(this.doc)
    mutate(next)
    this.commit(next, options)
  }

  addNode(type: string, position: [number, number]): string | null {
    const schema = this.catalog.get(type)
    if (!schema) return null
    const id = freshId(type, new Set(this.doc.nodes.map((n) => n.id)))
    const node: GraphNode = { id, type, position, params: defaultParams(schema) }
    this.edit((d) => d.nodes.push(node))
    this.select([id])
    return id
  }

  /**
   * Adds nodes and connections (paste, duplicate); ids are renamed where they clash, and a
   * connection from a node outside the fragment keeps that source. Returns the new ids.
   */
  addFragment(nodes: readonly GraphNode[], connections: readonly Connection[], offset: [number, number]): string[] {
    const { nodes: added, connections: links } = placedFragment(this.doc, this.catalog, nodes, connections, offset)
    this.edit((d) => {
      d.nodes.push(...added)
      d.connections.push(...links)
    })
    this.select(added.map((n) => n.id))
    return added.map((n) => n.id)
  }

  removeNodes(ids: readonly string[]): void {
    const gone = new Set(ids)
    if (gone.size === 0) return
    this.edit((d) => {
      d.nodes = d.nodes.filter((n) => !gone.has(n.id))
      d.connections = d.connections.filter((c) => !gone.has(c.from.node) && !gone.has(c.to.node))
      d.tweaks = d.tweaks.filter((t) => !gone.has(t.node) && !gone.has(t.trainer))
      if (d.board) d.board = withoutNodes(d.board, gone)
    })
  }

  /**
   * Connects two ports, or returns why not (types, cycles). A wire into an input that takes
   * a single value replaces the one it had, in the same edit, and a toast says so; drawing
   * an existing wire again changes nothing.
   */
  connect(c: Connection): string | null {
    const result = wire(this.doc, this.catalog, c)
    if (result.kind === 'unchanged') return null
    if (result.kind === 'refused') {
      this.toast(result.problem)
      return result.problem
    }
    this.edit((d) => {
      d.connections = result.connections
    })
    if (result.note) this.toast(result.note)
    return null
  }

  disconnect(c: Connection): void {
    this.edit((d) => {
      d.connections = d.connections.filter((x) => !(x.from.node === c.from.node && x.from.port === c.from.port && x.to.node === c.to.node && x.to.port === c.to.port))
    })
  }

  moveNode(id: string, position: [number, number]): void {
    const node = this.doc.nodes.find((n) => n.id === id)
    if (!node || (node.position[0] === position[0] && node.position[1] === position[1])) return
    this.edit((d) => {
      const n = d.nodes.find((x) => x.id === id)
      if (n) n.position = [Math.round(position[0]), Math.round(position[1])]
    }, { mergeKey: `move:${id}` })
  }

  resizeNode(id: string, size: [number, number]): void {
    const rounded: [number, number] = [Math.round(size[0]), Math.round(size[1])]
    const node = this.doc.nodes.find((n) => n.id === id)
    if (!node || (node.size?.[0] === rounded[0] && node.size[1] === rounded[1])) return
    this.edit((d) => {
      const n = d.nodes.find((x) => x.id === id)
      if (n) n.size = rounded
    })
  }

  setParam(id: string, name: string, value: ParamValues[string], final = true): void {
    const gesture = this.gestures.edited(id, name, final)
    this.edit((d) => {
      const n = d.nodes.find((x) => x.id === id)
      if (n) n.params[name] = value
    }, { mergeKey: `param:${id}:${name}`, gesture })
    if (final) this.history.seal()
  }

  setTitle(id: string, title: string): void {
    this.edit((d) => {
      const n = d.nodes.find((x) => x.id === id)
      if (!n) return
      if (title.trim() === '') delete n.title
      else n.title = title.trim()
    })
  }

  /** Changes the board (pins, sizes): a document edit, so it is undone, autosaved and shared. */
  setBoard(board: Board): void {
    this.edit((d) => {
      d.board = clone(board)
    })
  }

  setGraphTitle(title: string): void {
    this.edit((d) => {
      d.meta.title = title.trim() || 'Untitled'
    })
  }

  /** Ends a drag: the next move or param change is a new undo step. */
  sealHistory(): void {
    this.history.seal()
  }

  undo(): void {
    const prev = this.history.undo(this.doc)
    if (prev) this.applyHistory(prev)
  }

  redo(): void {
    const next = this.history.redo(this.doc)
    if (next) this.applyHistory(next)
  }

  private applyHistory(target: GraphDocument): void {
    // A toast about the edit just undone (or redone) would say the opposite of what the graph now shows.
    this.toast(null)
    const doc = { ...target, tweaks: tweaksThrough(this.doc, target) }
    this.send(diffDocs(this.doc, doc))
    this.set(this.forDocument(doc))
  }

  /** One edit's operations reach the runtime as one change: a rewired input is never seen unconnected by a running trainer. */
  private send(ops: ToWorker[]): void {
    if (ops.length === 1) this.runtime.send(ops[0])
    else if (ops.length > 1) this.runtime.send({ kind: 'edits', edits: ops })
  }

  select(ids: readonly string[]): void {
    this.set({ selected: [...ids] })
  }

  /** Chooses the trainer the run controls and the status row act on (null: all). */
  focusTrainer(trainerId: string | null): void {
    this.set({ trainerFocus: trainerId })
  }

  /** The ids of the graph's trainers, in file order. */
  trainerIds(): string[] {
    return trainerIds(this.doc, this.catalog)
  }

  command(command: RunCommand, nodeId?: string): void {
    this.runtime.send({ kind: 'command', command, ...(nodeId ? { nodeId } : {}) })
  }

  /**
   * A toast is read, then goes by itself (4 s, a little longer for a long one, at most 10 s) so
   * it does not stay over the lesson; a `lasting` one (work under way) stays until replaced.
   */
  toast(message: string | null, lasting = false): void {
    clearTimeout(this.toastTimer)
    this.set({ toast: message })
    if (message !== null && !lasting) this.toastTimer = setTimeout(() => this.set({ toast: null }), Math.min(10_000, 4000 + 40 * message.length))
  }

  showProblems(title: string, lines: readonly string[]): void {
    this.set({ problems: { title, lines } })
  }

  dismissProblems(): void {
    this.set({ problems: null })
  }

  /** Applies a frame from the worker: node views, progress, and tweaks to record in the file. */
  receive(message: FromWorker): void {
    if (message.kind === 'refused') {
      this.toast(message.message)
      return
    }
    // A frame may describe nodes removed since it was sent: only current nodes are kept.
    const ids = new Set(this.doc.nodes.map((n) => n.id))
    const views = new Map(this.state.views)
    for (const [id, view] of Object.entries(message.nodes)) if (ids.has(id)) views.set(id, view)
    const progress = new Map(this.state.progress)
    for (const p of message.progress) if (ids.has(p.trainerId)) progress.set(p.trainerId, p)
    const record = (log: Tweak[], r: TweakRecord): Tweak[] => ('restarted' in r ? log.filter((t) => t.trainer !== r.restarted) : recordTweak(log, clone(r.tweak), r.continues))
    const doc = message.tweaks.length > 0 ? { ...this.doc, tweaks: message.tweaks.reduce(record, this.doc.tweaks) } : this.doc
    this.set({ views, progress, doc })
  }
}
