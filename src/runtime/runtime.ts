import { Subject } from 'rxjs'
import type { Observable, SchedulerLike, Subscription } from 'rxjs'
import type { Connection, GraphDocument, GraphNode, ParamValues as FileParams, Tweak } from '../graph/graph-file.ts'
import { paramProblem } from '../graph/params.ts'
import { connectionProblem } from '../graph/connect.ts'
import { isLongRunning } from './define-node.ts'
import type { EvalContext, InputSpecs, ParamSpecs, ProcessEvent, RunCommand } from './define-node.ts'
import type { NodeRegistry } from './registry.ts'
import { NodeCell } from './cell.ts'
import type { NodeState } from './cell.ts'
import { GraphIndex } from './graph-index.ts'
import { macrotaskScheduler } from './macrotask-scheduler.ts'
import { gatherInputs, paramsOf } from './inputs.ts'

export interface RuntimeOptions {
  /** Where evaluations and training slices run: macrotasks by default, virtual time in tests. */
  scheduler?: SchedulerLike
  /** Long-running nodes start running as soon as they are evaluated (the CLI), or wait for play. */
  autoplay?: boolean
}

export interface RuntimeEvent {
  readonly nodeId: string
  readonly event: ProcessEvent
}

function isPromise(v: unknown): v is Promise<Record<string, unknown>> {
  return typeof v === 'object' && v !== null && typeof (v as { then?: unknown }).then === 'function'
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e)
}

/**
 * Runs a graph the way observablehq/runtime runs a notebook: a change marks nodes stale,
 * the runtime takes their downstream closure and evaluates each stale node once, in
 * topological order, when none of its inputs is still pending. Results computed from
 * inputs that have since changed are dropped (generation counters); nodes whose inputs
 * and params did not change are not evaluated again (cache keys).
 */
export class Runtime {
  private doc: GraphDocument = { format: 'flowgrad', version: 1, meta: { title: '' }, nodes: [], connections: [], tweaks: [] }
  private index = new GraphIndex(this.doc)
  private readonly cells = new Map<string, NodeCell>()
  private readonly stale = new Set<string>()
  private pumpScheduled: Subscription | null = null
  private readonly scheduler: SchedulerLike
  private readonly autoplay: boolean
  private readonly eventSubject = new Subject<RuntimeEvent>()
  private readonly liveTweaks: Tweak[] = []
  private running = new Set<string>()
  private idleWaiters: (() => void)[] = []

  /** Step, epoch, status, tweak, done and error events of every long-running node. */
  readonly events: Observable<RuntimeEvent> = this.eventSubject.asObservable()

  constructor(
    private readonly registry: NodeRegistry,
    options: RuntimeOptions = {},
  ) {
    this.scheduler = options.scheduler ?? macrotaskScheduler
    this.autoplay = options.autoplay ?? false
  }

  /** Replaces the whole graph (a validated document) and evaluates it. */
  load(doc: GraphDocument): void {
    for (const cell of this.cells.values()) cell.dispose()
    this.cells.clear()
    this.stale.clear()
    this.running.clear()
    this.liveTweaks.length = 0
    this.doc = structuredClone(doc)
    for (const node of this.doc.nodes) this.addCell(node)
    this.reindex()
    for (const node of this.doc.nodes) this.markStale(node.id)
  }

  /** The graph as it stands, with the tweaks made live during this session appended. */
  document(): GraphDocument {
    return { ...structuredClone(this.doc), tweaks: [...structuredClone(this.doc.tweaks), ...structuredClone(this.liveTweaks)] }
  }

  /** A node of the current graph, without copying (do not modify it). */
  node(nodeId: string): Readonly<GraphNode> | undefined {
    return this.cells.get(nodeId)?.node
  }

  nodeIds(): string[] {
    return this.doc.nodes.map((n) => n.id)
  }

  output<T = unknown>(nodeId: string, port: string): Observable<T> {
    const subject = this.cell(nodeId).outputs.get(port)
    if (!subject) throw new Error(`node "${nodeId}" has no output port "${port}"`)
    return subject.asObservable() as Observable<T>
  }

  /** The latest value of an output, or undefined before the node has produced one. */
  value<T = unknown>(nodeId: string, port: string): T | undefined {
    return this.cell(nodeId).values.get(port) as T | undefined
  }

  state(nodeId: string): Observable<NodeState> {
    return this.cell(nodeId).state.asObservable()
  }

  stateNow(nodeId: string): NodeState {
    return this.cell(nodeId).state.value
  }

  setParam(nodeId: string, name: string, value: FileParams[string]): void {
    const cell = this.cell(nodeId)
    const decl = cell.def.params[name]
    if (!decl) throw new Error(`node "${nodeId}" (${cell.def.type}) has no param "${name}"`)
    const problem = paramProblem(decl, value)
    if (problem) throw new Error(`node "${nodeId}", param "${name}": ${problem}`)
    cell.node.params[name] = value
    this.markStale(nodeId)
  }

  /** Renames a node: legends and labels follow. */
  setTitle(nodeId: string, title: string | undefined): void {
    const cell = this.cell(nodeId)
    if (title === undefined || title === '') delete cell.node.title
    else cell.node.title = title
    this.markStale(nodeId)
  }

  addNode(node: GraphNode): void {
    if (this.cells.has(node.id)) throw new Error(`a node with id "${node.id}" already exists`)
    const copy = structuredClone(node)
    this.doc.nodes.push(copy)
    this.addCell(copy)
    this.reindex()
    this.markStale(node.id)
  }

  removeNode(nodeId: string): void {
    const cell = this.cell(nodeId)
    const children = this.index.children(nodeId)
    this.doc.nodes = this.doc.nodes.filter((n) => n.id !== nodeId)
    this.doc.connections = this.doc.connections.filter((c) => c.from.node !== nodeId && c.to.node !== nodeId)
    cell.dispose()
    this.cells.delete(nodeId)
    this.stale.delete(nodeId)
    this.running.delete(nodeId)
    this.reindex()
    for (const child of children) this.markStale(child)
  }

  /** Adds a connection, refusing it with the editor's and the loader's reason when it breaks a rule. */
  connect(c: Connection): void {
    const problem = connectionProblem(this.doc, this.registry, c)
    if (problem) throw new Error(problem)
    this.doc.connections.push(structuredClone(c))
    this.reindex()
    this.markStale(c.to.node)
  }

  disconnect(c: Connection): void {
    const before = this.doc.connections.length
    this.doc.connections = this.doc.connections.filter((x) => !(x.from.node === c.from.node && x.from.port === c.from.port && x.to.node === c.to.node && x.to.port === c.to.port))
    if (this.doc.connections.length === before) return
    this.reindex()
    this.markStale(c.to.node)
  }

  /**
   * Run control for one long-running node, or for all of them. Play is remembered: a node
   * still being evaluated, or restarted by a structural change, starts running when ready.
   */
  command(cmd: RunCommand, nodeId?: string): void {
    const targets = nodeId ? [this.cell(nodeId)] : [...this.cells.values()].filter((c) => isLongRunning(c.def))
    for (const cell of targets) {
      cell.playing = cmd === 'play'
      cell.process?.command(cmd)
    }
  }

  /** Resolves once nothing is stale, pending or running. */
  whenIdle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve()
    return new Promise((resolve) => this.idleWaiters.push(resolve))
  }

  dispose(): void {
    this.pumpScheduled?.unsubscribe()
    for (const cell of this.cells.values()) cell.dispose()
    this.cells.clear()
    this.eventSubject.complete()
  }

  private cell(nodeId: string): NodeCell {
    const cell = this.cells.get(nodeId)
    if (!cell) throw new Error(`no node "${nodeId}" in the graph`)
    return cell
  }

  private addCell(node: GraphNode): void {
    const def = this.registry.definition(node.type)
    if (!def) throw new Error(`node "${node.id}" has unknown type "${node.type}"`)
    this.cells.set(node.id, new NodeCell(node, def))
  }

  private reindex(): void {
    this.index = new GraphIndex(this.doc)
    for (const cycle of this.index.cycles) {
      const path = [...cycle, cycle[0]].join(' → ')
      for (const id of cycle) this.cells.get(id)?.setState({ status: 'error', error: `part of a cycle: ${path}` })
    }
  }

  private markStale(nodeId: string): void {
    for (const id of this.index.closure([nodeId])) {
      const cell = this.cells.get(id)
      if (!cell) continue
      cell.generation++
      this.stale.add(id)
    }
    this.schedulePump()
  }

  private schedulePump(): void {
    if (this.pumpScheduled && !this.pumpScheduled.closed) return
    this.pumpScheduled = this.scheduler.schedule(() => {
      this.pumpScheduled = null
      this.pump()
    })
  }

  /** Evaluates every stale node whose inputs are settled, in topological order. */
  private pump(): void {
    for (const id of this.index.order) {
      if (!this.stale.has(id)) continue
      const waiting = this.index.parents(id).some((p) => this.stale.has(p) || this.cells.get(p)?.pending)
      if (waiting) continue
      this.stale.delete(id)
      this.evaluate(this.cell(id))
    }
    this.notifyIfIdle()
  }

  private isIdle(): boolean {
    if (this.stale.size > 0 && [...this.stale].some((id) => this.index.order.includes(id))) return false
    if ([...this.cells.values()].some((c) => c.pending)) return false
    return this.running.size === 0
  }

  private notifyIfIdle(): void {
    if (!this.isIdle()) return
    const waiters = this.idleWaiters
    this.idleWaiters = []
    for (const w of waiters) w()
  }

  private evaluate(cell: NodeCell): void {
    const gathered = gatherInputs(cell, this.index, (id) => this.cell(id))
    if ('blocked' in gathered) {
      cell.disposeProcess()
      this.running.delete(cell.node.id)
      cell.values.clear()
      cell.cacheKey = null
      cell.setState({ status: gathered.error ? 'error' : 'blocked', error: gathered.blocked })
      return
    }
    const fullKey = `${gathered.key}#${gathered.liveKey}`
    if (cell.cacheKey === fullKey && cell.values.size > 0) return
    if (cell.cacheKey?.startsWith(`${gathered.key}#`) && cell.process) {
      // Only live inputs changed: hand them to the running computation.
      cell.cacheKey = fullKey
      for (const [port, { value, source }] of Object.entries(gathered.live)) cell.process.live(port, value, source)
      return
    }
    cell.cacheKey = fullKey
    cell.disposeProcess()
    this.running.delete(cell.node.id)
    const generation = cell.generation
    const controller = new AbortController()
    const ctx: EvalContext<InputSpecs, ParamSpecs> = {
      nodeId: cell.node.id,
      label: cell.node.title ?? cell.node.id,
      inputs: gathered.values as EvalContext<InputSpecs, ParamSpecs>['inputs'],
      params: paramsOf(cell) as EvalContext<InputSpecs, ParamSpecs>['params'],
      scheduler: this.scheduler,
      tweaks: [...this.doc.tweaks, ...this.liveTweaks].filter((t) => t.trainer === cell.node.id),
      liveSources: Object.fromEntries(Object.entries(gathered.live).map(([port, l]) => [port, [l.source]])),
      signal: controller.signal,
      autoplay: this.autoplay,
    }
    cell.setState({ status: 'evaluating', evaluations: cell.state.value.evaluations + 1 })
    const def = cell.def
    let result: unknown
    try {
      if (isLongRunning(def)) {
        this.startProcess(cell, def.evaluate(ctx))
        return
      }
      result = def.evaluate(ctx)
    } catch (e) {
      this.fail(cell, e)
      return
    }
    if (isPromise(result)) {
      const settled: Promise<void> = result
        .then(
          (outputs) => {
            if (cell.generation !== generation) return
            cell.publish(outputs)
            cell.setState({ status: 'ready' })
            this.markChildrenStale(cell)
          },
          (e) => {
            if (cell.generation === generation) this.fail(cell, e)
          },
        )
        .finally(() => {
          if (cell.pending === settled) cell.pending = null
          if (cell.generation !== generation) controller.abort()
          this.schedulePump()
        })
      cell.pending = settled
    } else {
      cell.publish(result as Record<string, unknown>)
      cell.setState({ status: 'ready' })
    }
  }

  private fail(cell: NodeCell, e: unknown): void {
    cell.values.clear()
    cell.setState({ status: 'error', error: message(e) })
    this.markChildrenStale(cell)
  }

  private markChildrenStale(cell: NodeCell): void {
    for (const child of this.index.children(cell.node.id)) this.markStale(child)
  }

  private startProcess(cell: NodeCell, process: NonNullable<NodeCell['process']>): void {
    cell.process = process
    const id = cell.node.id
    process.start({
      emit: (outputs) => {
        if (cell.process !== process) return
        cell.publish(outputs)
        this.markChildrenStale(cell)
      },
      event: (event) => {
        if (cell.process !== process) return
        this.onProcessEvent(cell, event)
        this.eventSubject.next({ nodeId: id, event })
      },
    })
    if (cell.state.value.status === 'evaluating') cell.setState({ status: 'ready' })
    if (cell.playing && !this.autoplay) process.command('play')
  }

  private onProcessEvent(cell: NodeCell, event: ProcessEvent): void {
    const id = cell.node.id
    switch (event.kind) {
      case 'status':
        if (event.status === 'running') {
          this.running.add(id)
          cell.setState({ status: 'running' })
        } else {
          this.running.delete(id)
          cell.setState({ status: 'ready' })
          this.notifyIfIdle()
        }
        return
      case 'done':
        cell.playing = false
        this.running.delete(id)
        cell.setState({ status: 'ready' })
        this.schedulePump()
        return
      case 'error':
        this.running.delete(id)
        cell.setState({ status: 'error', error: event.message })
        this.schedulePump()
        return
      case 'tweak':
        this.liveTweaks.push(event.tweak)
        return
      default:
        return
    }
  }
}
