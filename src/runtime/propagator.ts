import type { SchedulerLike, Subscription } from 'rxjs'
import { PendingInputs } from './pending-inputs.ts'
import type { PropagationGraph } from './pending-inputs.ts'

/** What the propagator asks of whoever evaluates the nodes. */
export interface Evaluator {
  /** Evaluates a node whose inputs have all settled. */
  evaluate(nodeId: string): void
  /** An evaluation of the node is on its way: its children wait for it. */
  inFlight(nodeId: string): boolean
  /** Something is still computing outside the propagator's queue (a promise, a running trainer). */
  busy(): boolean
}

/**
 * The glitch-free scheduler, after observablehq/runtime. A change marks a node and its
 * downstream closure dirty and bumps their generations; the changes made before the next
 * tick are propagated together: each dirty node is evaluated once, in topological order,
 * when none of its inputs is pending. So a diamond never pairs a new value with an old one.
 */
export class Propagator {
  private readonly dirty = new Set<string>()
  /** Bumped each time a node is marked dirty: a result from an older generation is dropped. */
  private readonly generations = new Map<string, number>()
  /** The pending inputs of the propagation under way, if one is. */
  private pending: PendingInputs | null = null
  private scheduled: Subscription | null = null
  private idleWaiters: (() => void)[] = []
  private disposed = false

  constructor(
    private readonly graph: PropagationGraph,
    private readonly evaluator: Evaluator,
    private readonly scheduler: SchedulerLike,
  ) {}

  generation(nodeId: string): number {
    return this.generations.get(nodeId) ?? 0
  }

  /** Marks the nodes and everything downstream of them dirty, and propagates on the next tick. */
  markDirty(nodeIds: Iterable<string>): void {
    for (const id of this.graph.downstream(nodeIds)) {
      // A node on a cycle is reported, never evaluated: it would wait for itself.
      if (this.graph.position(id) === undefined) continue
      this.generations.set(id, this.generation(id) + 1)
      if (this.dirty.has(id)) continue
      this.dirty.add(id)
      this.pending?.dirtied(id)
    }
    this.schedule()
  }

  /** Propagates on the next tick (once, however often it is asked before). */
  schedule(): void {
    if (this.disposed || (this.scheduled && !this.scheduled.closed)) return
    this.scheduled = this.scheduler.schedule(() => {
      this.scheduled = null
      this.propagate()
    })
  }

  /** Propagates now rather than on the next tick: a replayed tweak reaches its trainer before its next step. */
  propagateNow(): void {
    this.scheduled?.unsubscribe()
    this.scheduled = null
    this.propagate()
  }

  /** A removed node: nothing waits for it any more. */
  forget(nodeId: string): void {
    this.dirty.delete(nodeId)
    this.generations.delete(nodeId)
  }

  /** A new graph: nothing of the old one is dirty. */
  clear(): void {
    this.dirty.clear()
  }

  /** Resolves once nothing is dirty, in flight or running. */
  whenIdle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve()
    return new Promise((resolve) => this.idleWaiters.push(resolve))
  }

  notifyIfIdle(): void {
    if (!this.isIdle()) return
    const waiters = this.idleWaiters
    this.idleWaiters = []
    for (const w of waiters) w()
  }

  dispose(): void {
    this.disposed = true
    this.scheduled?.unsubscribe()
  }

  /** Evaluates every dirty node whose inputs are settled, in topological order. */
  private propagate(): void {
    const pending = new PendingInputs(this.graph, { isDirty: (id) => this.dirty.has(id), inFlight: (id) => this.evaluator.inFlight(id) })
    this.pending = pending
    try {
      pending.start(this.dirty)
      for (let id = pending.next(); id !== undefined; id = pending.next()) {
        this.dirty.delete(id)
        this.evaluator.evaluate(id)
        pending.evaluated(id)
      }
    } finally {
      this.pending = null
    }
    this.notifyIfIdle()
  }

  private isIdle(): boolean {
    return this.dirty.size === 0 && !this.evaluator.busy()
  }
}
