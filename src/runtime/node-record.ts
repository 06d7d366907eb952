import { BehaviorSubject, ReplaySubject } from 'rxjs'
import type { GraphNode } from '../graph/graph-file.ts'
import type { NodeDefinition, OutputSpecs, Process } from './define-node.ts'

export type NodeStatus = 'idle' | 'evaluating' | 'ready' | 'running' | 'error' | 'blocked'

/** What the editor and the CLI show of a node. */
export interface NodeState {
  readonly status: NodeStatus
  /** What went wrong, in words a user can act on. */
  readonly error: string | null
  /** How many times the node has been evaluated: what the caching tests count. */
  readonly evaluations: number
}

/** The inputs and params a result is computed from; live inputs and live params apart, as they need no restart. */
export interface InputKey {
  readonly fixed: string
  readonly live: string
  readonly liveParams: string
}

/**
 * Where a node's computation stands. The propagator and the process host switch on it, so a
 * node cannot be, say, both waiting for a promise and hosting a process.
 */
export type Computation =
  /** No result to reuse: never evaluated, blocked, failed, or dropped. */
  | { readonly kind: 'none' }
  /** The outputs hold the result for `key`. */
  | { readonly kind: 'cached'; readonly key: InputKey }
  /** An asynchronous evaluation in flight; its result counts only if the node's generation is still `generation`. */
  | { readonly kind: 'evaluating'; readonly key: InputKey; readonly generation: number; readonly abort: AbortController }
  /** A long-running node's process, started from `key`; it publishes outputs as it goes. */
  | { readonly kind: 'process'; readonly key: InputKey; readonly process: Process<OutputSpecs> }

/** The latest value of each output port, replayed to late subscribers, and a version bumped on every change. */
export class NodeOutputs {
  private readonly subjects = new Map<string, ReplaySubject<unknown>>()
  private readonly latest = new Map<string, unknown>()
  private versionNumber = 0

  constructor(ports: Iterable<string>) {
    for (const port of ports) this.subjects.set(port, new ReplaySubject<unknown>(1))
  }

  /** Cache keys name it: a downstream node's key changes exactly when a value it reads may have. */
  get version(): number {
    return this.versionNumber
  }

  get isEmpty(): boolean {
    return this.latest.size === 0
  }

  has(port: string): boolean {
    return this.latest.has(port)
  }

  get(port: string): unknown {
    return this.latest.get(port)
  }

  stream(port: string): ReplaySubject<unknown> | undefined {
    return this.subjects.get(port)
  }

  publish(values: Readonly<Record<string, unknown>>): void {
    this.versionNumber++
    for (const [port, value] of Object.entries(values)) {
      this.latest.set(port, value)
      this.subjects.get(port)?.next(value)
    }
  }

  /** Forgets the values (the streams keep replaying the last one: subscribers see no retraction). */
  clear(): void {
    this.latest.clear()
  }

  complete(): void {
    for (const s of this.subjects.values()) s.complete()
  }
}

/** The runtime's state of one node: its place in the file, its outputs, what it computes, what it shows. */
export class NodeRecord {
  readonly outputs: NodeOutputs
  readonly state = new BehaviorSubject<NodeState>({ status: 'idle', error: null, evaluations: 0 })
  private current: Computation = { kind: 'none' }

  constructor(
    readonly node: GraphNode,
    readonly def: NodeDefinition,
  ) {
    this.outputs = new NodeOutputs(Object.keys(def.outputs))
  }

  get id(): string {
    return this.node.id
  }

  get computation(): Computation {
    return this.current
  }

  /** Moves to a new computation; the one it replaces is ended (its process disposed, its evaluation aborted). */
  replace(next: Computation): void {
    const prev = this.current
    this.current = next
    if (prev.kind === 'process' && (next.kind !== 'process' || next.process !== prev.process)) prev.process.dispose()
    if (prev.kind === 'evaluating' && (next.kind !== 'evaluating' || next.abort !== prev.abort)) prev.abort.abort()
  }

  /** Records how an evaluation in flight ended, without aborting it: it is already over. */
  settle(next: Computation): void {
    this.current = next
  }

  setState(patch: Partial<NodeState>): void {
    const next = { ...this.state.value, ...patch }
    if (next.status !== 'error' && next.status !== 'blocked' && patch.error === undefined) next.error = null
    this.state.next(next)
  }

  dispose(): void {
    this.replace({ kind: 'none' })
    this.outputs.complete()
    this.state.complete()
  }
}
