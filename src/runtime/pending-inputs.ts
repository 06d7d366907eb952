import { ReadyQueue } from './ready-queue.ts'

/** The graph as the propagator walks it. */
export interface PropagationGraph {
  /** The node's place in the topological order; undefined for a node on a cycle, which is never evaluated. */
  position(nodeId: string): number | undefined
  /** Distinct nodes feeding this one. */
  parents(nodeId: string): readonly string[]
  /** Distinct nodes this one feeds. */
  children(nodeId: string): readonly string[]
  /** The given nodes and everything downstream of them. */
  downstream(nodeIds: Iterable<string>): Iterable<string>
}

export interface PendingState {
  isDirty(nodeId: string): boolean
  /** An evaluation of the node is on its way: its children wait for it. */
  inFlight(nodeId: string): boolean
}

/**
 * For each dirty node, the parents it still waits for, and a queue of the nodes waiting for
 * none, in topological order (observablehq/runtime's algorithm). Only the dirty nodes and
 * their neighbours are visited, never the whole graph. The parents are kept as a set rather
 * than a bare count so that one noticed twice (dirtied while its result was on its way)
 * is still waited for once.
 */
export class PendingInputs {
  private readonly waiting = new Map<string, Set<string>>()
  /** May hold a node twice, or one that waits again: such entries are skipped when taken. */
  private readonly ready = new ReadyQueue()

  constructor(
    private readonly graph: PropagationGraph,
    private readonly state: PendingState,
  ) {}

  /** Counts the pending inputs of the nodes dirty when propagation starts. */
  start(dirty: Iterable<string>): void {
    for (const id of dirty) this.count(id)
  }

  /** A node that became dirty during propagation: it counts, and its dirty children wait for it too. */
  dirtied(nodeId: string): void {
    for (const child of this.graph.children(nodeId)) this.waiting.get(child)?.add(nodeId)
    this.count(nodeId)
  }

  /** A node was evaluated: unless its result is still on its way, its children have one input fewer to wait for. */
  evaluated(nodeId: string): void {
    this.waiting.delete(nodeId)
    if (this.state.inFlight(nodeId)) return
    for (const child of this.graph.children(nodeId)) {
      const parents = this.waiting.get(child)
      if (!parents?.delete(nodeId)) continue
      if (parents.size === 0) this.push(child)
    }
  }

  /** The next dirty node with no pending input, earliest in topological order first. */
  next(): string | undefined {
    for (let id = this.ready.pop(); id !== undefined; id = this.ready.pop()) {
      if (this.waiting.get(id)?.size === 0 && this.state.isDirty(id)) return id
    }
    return undefined
  }

  private count(nodeId: string): void {
    const pending = new Set(this.graph.parents(nodeId).filter((p) => this.state.isDirty(p) || this.state.inFlight(p)))
    this.waiting.set(nodeId, pending)
    if (pending.size === 0) this.push(nodeId)
  }

  private push(id: string): void {
    this.ready.push(id, this.graph.position(id) ?? Infinity)
  }
}
