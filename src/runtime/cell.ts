import { BehaviorSubject, ReplaySubject } from 'rxjs'
import type { GraphNode } from '../graph/graph-file.ts'
import type { NodeDefinition, OutputSpecs, Process } from './define-node.ts'

export type NodeStatus = 'idle' | 'evaluating' | 'ready' | 'running' | 'error' | 'blocked'

export interface NodeState {
  readonly status: NodeStatus
  /** What went wrong, in words a user can act on. */
  readonly error: string | null
  /** How many times the node has been evaluated: what the caching tests count. */
  readonly evaluations: number
}

/** The runtime's record of one node: its outputs (replaying the latest value) and its state. */
export class NodeCell {
  readonly outputs = new Map<string, ReplaySubject<unknown>>()
  /** Latest value per output port, and a version bumped on every change. */
  readonly values = new Map<string, unknown>()
  outputVersion = 0
  readonly state: BehaviorSubject<NodeState>
  /** Bumped whenever the node must be recomputed: an evaluation from an older generation is dropped. */
  generation = 0
  /** The inputs and params the current outputs were computed from. */
  cacheKey: string | null = null
  pending: Promise<void> | null = null
  process: Process<OutputSpecs> | null = null
  /** The user pressed play: a (re)started computation of this node runs at once. */
  playing = false

  constructor(
    public node: GraphNode,
    readonly def: NodeDefinition,
  ) {
    for (const port of Object.keys(def.outputs)) this.outputs.set(port, new ReplaySubject<unknown>(1))
    this.state = new BehaviorSubject<NodeState>({ status: 'idle', error: null, evaluations: 0 })
  }

  setState(patch: Partial<NodeState>): void {
    const next = { ...this.state.value, ...patch }
    if (next.status !== 'error' && next.status !== 'blocked' && patch.error === undefined) next.error = null
    this.state.next(next)
  }

  publish(values: Readonly<Record<string, unknown>>): void {
    this.outputVersion++
    for (const [port, value] of Object.entries(values)) {
      this.values.set(port, value)
      this.outputs.get(port)?.next(value)
    }
  }

  disposeProcess(): void {
    this.process?.dispose()
    this.process = null
  }

  dispose(): void {
    this.disposeProcess()
    for (const s of this.outputs.values()) s.complete()
    this.state.complete()
  }
}
