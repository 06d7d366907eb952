import type { Observable, SchedulerLike } from 'rxjs'
import type { Connection, GraphDocument, GraphNode, ParamValues as FileParams } from '../graph/graph-file.ts'
import { isLongRunning } from './define-node.ts'
import type { RunCommand } from './define-node.ts'
import type { AnyPort, ValueOf } from './ports.ts'
import type { NodeRegistry } from './registry.ts'
import type { NodeRecord, NodeState } from './node-record.ts'
import { RuntimeDocument } from './document.ts'
import { Propagator } from './propagator.ts'
import { ProcessHost } from './process-host.ts'
import type { RuntimeEvent } from './process-host.ts'
import { NodeEvaluator } from './node-evaluator.ts'
import { macrotaskScheduler } from './macrotask-scheduler.ts'
import { firstBuilt, sourceRef, tweakConnection } from '../graph/tweaks.ts'
import type { TweakEdit } from '../graph/tweaks.ts'
import { editLabel } from './tweak-labels.ts'
import { defaultValue } from '../graph/defaults.ts'

export type { RuntimeEvent } from './process-host.ts'

export interface RuntimeOptions {
  /** Where evaluations and training slices run: macrotasks by default, virtual time in tests. */
  scheduler?: SchedulerLike
  /** Long-running nodes start running as soon as they are evaluated (the CLI), or wait for play. */
  autoplay?: boolean
  /** Trainers keep their speed and pause after each epoch when asked (the editor); otherwise they run flat out (the CLI, tests). */
  paced?: boolean
}

/**
 * Runs a graph the way observablehq/runtime runs a notebook. It joins three parts: the
 * document (the graph and its edits), the propagator (dirty closure, pending inputs,
 * generations, cache) and the process host (long-running nodes and run control). The
 * editor's worker and the CLI talk only to this class.
 */
export class Runtime {
  private readonly doc: RuntimeDocument
  private readonly host: ProcessHost
  private readonly propagator: Propagator

  /** Step, epoch, status, tweak, done and error events of every long-running node. */
  readonly events: Observable<RuntimeEvent>

  constructor(registry: NodeRegistry, options: RuntimeOptions = {}) {
    const scheduler = options.scheduler ?? macrotaskScheduler
    this.doc = new RuntimeDocument(registry)
    this.host = new ProcessHost(options.autoplay ?? false, {
      published: (record) => this.propagator.markDirty(this.doc.children(record.id)),
      paused: () => this.propagator.notifyIfIdle(),
      stopped: () => this.propagator.schedule(),
      replay: (edits) => this.replay(edits),
      upstream: (id) => this.upstream(id),
      label: (edit) => editLabel(edit, { find: (id) => this.doc.find(id), parents: (id) => this.doc.parents(id) }),
    }, options.paced ?? false)
    const propagation = {
      generation: (id: string) => this.propagator.generation(id),
      markDirty: (ids: Iterable<string>) => this.propagator.markDirty(ids),
      schedule: () => this.propagator.schedule(),
    }
    this.propagator = new Propagator(this.doc, new NodeEvaluator(this.doc, this.host, propagation, scheduler), scheduler)
    this.events = this.host.events
  }

  /**
   * Replaces the whole graph (a validated document) and evaluates it. A file with tweaks is
   * built as it was before them; each trainer makes their edits again at their steps.
   */
  load(doc: GraphDocument): void {
    this.propagator.clear()
    this.host.clear()
    this.propagator.markDirty(this.doc.load({ ...firstBuilt(doc), tweaks: doc.tweaks }))
  }

  /** The graph as it stands, with the tweaks made live during this session appended. */
  document(): GraphDocument {
    const file = this.doc.file()
    return { ...file, tweaks: this.host.recordedTweaks(file.tweaks) }
  }

  /** A node of the current graph, without copying (do not modify it). */
  node(nodeId: string): Readonly<GraphNode> | undefined {
    return this.doc.find(nodeId)?.node
  }

  nodeIds(): string[] {
    return this.doc.nodeIds()
  }

  /** An output's values, the latest replayed first; with its port type, typed. */
  output<P extends AnyPort>(nodeId: string, port: string, type: P): Observable<ValueOf<P>>
  output(nodeId: string, port: string): Observable<unknown>
  output(nodeId: string, port: string, type?: AnyPort): Observable<unknown> {
    const record = this.doc.record(nodeId)
    if (type) checkPortType(record, port, type)
    const stream = record.outputs.stream(port)
    if (!stream) throw new Error(`node "${nodeId}" has no output port "${port}"`)
    return stream.asObservable()
  }

  /**
   * The latest value of an output, or undefined before the node has produced one. Given the
   * port type (`Port.Training`), the value comes typed, checked against the node's declaration.
   */
  value<P extends AnyPort>(nodeId: string, port: string, type: P): ValueOf<P> | undefined
  value(nodeId: string, port: string): unknown
  value(nodeId: string, port: string, type?: AnyPort): unknown {
    const record = this.doc.record(nodeId)
    if (type) checkPortType(record, port, type)
    return record.outputs.get(port)
  }

  state(nodeId: string): Observable<NodeState> {
    return this.doc.record(nodeId).state.asObservable()
  }

  stateNow(nodeId: string): NodeState {
    return this.doc.record(nodeId).state.value
  }

  /**
   * Sets a param. `gesture` names the user gesture (one slider drag) the edit belongs to:
   * the live changes one gesture causes in a running trainer make one tweak.
   */
  setParam(nodeId: string, name: string, value: FileParams[string], gesture?: number): void {
    this.host.noteGesture(nodeId, gesture)
    const record = this.doc.find(nodeId)
    const decl = record?.def.params[name]
    // An unset param was at its default: the value a replay starts from.
    const from = record?.node.params[name] ?? (decl ? defaultValue(decl) : undefined)
    const changed = this.doc.setParam(nodeId, name, value)
    // A setting of when steps run (a trainer's speed) never changes what they compute: no tweak records it.
    const watching = isLongRunning(record?.def) && (record.def.liveParams ?? []).includes(name)
    if (from !== undefined && !watching) this.host.noteEdit({ node: nodeId, param: name, from, value, gesture })
    this.propagator.markDirty(changed)
  }

  /** Renames a node: legends and labels follow. */
  setTitle(nodeId: string, title: string | undefined): void {
    this.propagator.markDirty(this.doc.setTitle(nodeId, title))
  }

  addNode(node: GraphNode): void {
    this.propagator.markDirty(this.doc.addNode(node))
  }

  removeNode(nodeId: string): void {
    const children = this.doc.removeNode(nodeId)
    this.propagator.forget(nodeId)
    this.host.forget(nodeId)
    this.propagator.markDirty(children)
  }

  /** Adds a connection, refusing it with the editor's and the loader's reason when it breaks a rule. */
  connect(c: Connection): void {
    const changed = this.doc.connect(c)
    this.host.noteEdit({ node: c.to.node, input: c.to.port, from: '', value: sourceRef(c.from) })
    this.propagator.markDirty(changed)
  }

  disconnect(c: Connection): void {
    const changed = this.doc.disconnect(c)
    if (changed.length > 0) {
      this.host.noteEdit({ node: c.to.node, input: c.to.port, from: sourceRef(c.from), value: '' })
      this.propagator.markDirty(changed)
    }
  }

  /** A node and every node its value depends on. */
  private upstream(nodeId: string): Set<string> {
    const seen = new Set<string>([nodeId])
    const stack = [nodeId]
    for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
      for (const p of this.doc.parents(id)) if (!seen.has(p)) stack.push(p), seen.add(p)
    }
    return seen
  }

  /** Makes recorded tweaks' edits again, and propagates them at once: the trainer that asked steps on with them. */
  private replay(edits: readonly { edit: TweakEdit; value: FileParams[string] }[]): void {
    this.host.replay(() => {
      for (const { edit, value } of edits) {
        if (edit.param !== undefined) {
          this.setParam(edit.node, edit.param, value)
          continue
        }
        const current = this.doc.file().connections.find((c) => c.to.node === edit.node && c.to.port === edit.input)
        if (current) this.disconnect(current)
        this.connect(tweakConnection(edit, String(value)))
      }
      this.propagator.propagateNow()
    })
  }

  /**
   * Run control for one long-running node, or for all of them. Play is remembered: a node
   * still being evaluated, or restarted by a structural change, starts running when ready.
   */
  command(cmd: RunCommand, nodeId?: string): void {
    const targets = nodeId ? [this.doc.record(nodeId)] : [...this.doc.all()].filter((r) => isLongRunning(r.def))
    this.host.command(cmd, targets)
  }

  /** Resolves once nothing is dirty, pending or running. */
  whenIdle(): Promise<void> {
    return this.propagator.whenIdle()
  }

  dispose(): void {
    this.propagator.dispose()
    this.doc.dispose()
    this.host.dispose()
  }
}

/** A typed read must name the type the node declares for the port: the value is then of that type. */
function checkPortType(record: NodeRecord, port: string, type: AnyPort): void {
  const declared = record.def.outputs[port]
  if (!declared) throw new Error(`node "${record.id}" (${record.def.type}) has no output port "${port}"`)
  if (declared.port.id !== type.id) throw new Error(`node "${record.id}", output "${port}" carries ${declared.port.id} values, not ${type.id}`)
}
