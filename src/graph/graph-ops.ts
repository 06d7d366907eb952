/**
 * Pure helpers over a graph's nodes and connections, shared by the loader, the runtime and
 * the editor. Connections naming nodes that do not exist are ignored; when ids repeat, the
 * first node with the id counts. Ties are always broken by node order in the file, so every
 * answer is deterministic.
 */
import { adjacency, cyclicComponents } from './adjacency.ts'
import type { Adjacency, GraphTopology } from './adjacency.ts'
import type { Connection } from './graph-file.ts'

export type { GraphTopology } from './adjacency.ts'


/** Connections into a node, in file order. */
export function incoming(doc: GraphTopology, nodeId: string): Connection[] {
  return doc.connections.filter((c) => c.to.node === nodeId)
}

/** Connections out of a node, in file order. */
export function outgoing(doc: GraphTopology, nodeId: string): Connection[] {
  return doc.connections.filter((c) => c.from.node === nodeId)
}

function insertSorted(queue: number[], value: number): void {
  let lo = 0
  let hi = queue.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (queue[mid] < value) lo = mid + 1
    else hi = mid
  }
  queue.splice(lo, 0, value)
}

/** Kahn's algorithm over the nodes not in `skip`; ready nodes leave in file order. */
function kahn(adj: Adjacency, skip: ReadonlySet<number>): number[] {
  const pending = adj.predecessors.map((preds) => preds.filter((p) => !skip.has(p)).length)
  const ready: number[] = []
  adj.ids.forEach((_, i) => {
    if (!skip.has(i) && pending[i] === 0) ready.push(i)
  })
  const order: number[] = []
  while (ready.length > 0) {
    const i = ready.shift() as number
    order.push(i)
    for (const s of adj.successors[i]) {
      if (skip.has(s)) continue
      pending[s]--
      if (pending[s] === 0) insertSorted(ready, s)
    }
  }
  return order
}

/**
 * Node ids so that every node comes after the nodes feeding it; among nodes that are ready
 * at the same time, the one earlier in the file comes first. Null when the graph has a cycle.
 */
export function topologicalOrder(doc: GraphTopology): string[] | null {
  const adj = adjacency(doc)
  const order = kahn(adj, new Set())
  return order.length === adj.ids.length ? order.map((i) => adj.ids[i]) : null
}

/**
 * The cycles of the graph: each strongly connected component with more than one node or a
 * self-loop, its node ids in file order; components ordered by their first node.
 */
export function findCycles(doc: GraphTopology): string[][] {
  const adj = adjacency(doc)
  return cyclicComponents(adj).map((c) => c.map((i) => adj.ids[i]))
}

/**
 * The nodes not caught in a cycle, in topological order (ties in file order). Nodes
 * downstream of a cycle are included; their inputs from the cycle are simply missing.
 */
export function orderSkippingCycles(doc: GraphTopology): string[] {
  return [...indexTopology(doc).order]
}

/**
 * The answers a runtime needs on every change, computed once per structure: the helpers
 * above rebuild the adjacency on each call, which is fine for one question but not for a
 * propagator asking about parents and children at every step.
 */
export interface TopologyIndex {
  /** As orderSkippingCycles: the nodes that can be evaluated, in topological order. */
  readonly order: readonly string[]
  /** As findCycles. */
  readonly cycles: readonly (readonly string[])[]
  /** Distinct nodes feeding this one, in connection order. */
  parents(nodeId: string): readonly string[]
  /** Distinct nodes this one feeds, in connection order. */
  children(nodeId: string): readonly string[]
  /** As incoming: connections into the node, in file order. */
  incoming(nodeId: string): readonly Connection[]
  /** As downstreamClosure. */
  downstream(nodeIds: Iterable<string>): Set<string>
}

export function indexTopology(doc: GraphTopology): TopologyIndex {
  const adj = adjacency(doc)
  const cyclic = cyclicComponents(adj)
  const names = (list: readonly number[]): string[] => list.map((i) => adj.ids[i])
  const byTarget = new Map<string, Connection[]>()
  for (const c of doc.connections) {
    const list = byTarget.get(c.to.node)
    if (list) list.push(c)
    else byTarget.set(c.to.node, [c])
  }
  const neighbours = (lists: number[][], nodeId: string): readonly string[] => {
    const i = adj.index.get(nodeId)
    return i === undefined ? [] : names(lists[i])
  }
  return {
    order: names(kahn(adj, new Set(cyclic.flat()))),
    cycles: cyclic.map(names),
    parents: (nodeId) => neighbours(adj.predecessors, nodeId),
    children: (nodeId) => neighbours(adj.successors, nodeId),
    incoming: (nodeId) => byTarget.get(nodeId) ?? [],
    downstream: (nodeIds) => closure(adj, nodeIds, adj.successors),
  }
}

function closure(adj: Adjacency, starts: Iterable<string>, next: number[][]): Set<string> {
  const seen = new Set<number>()
  const todo: number[] = []
  for (const id of starts) {
    const i = adj.index.get(id)
    if (i !== undefined && !seen.has(i)) {
      seen.add(i)
      todo.push(i)
    }
  }
  while (todo.length > 0) {
    const i = todo.pop() as number
    for (const j of next[i]) {
      if (!seen.has(j)) {
        seen.add(j)
        todo.push(j)
      }
    }
  }
  // Sorting what was reached, rather than filtering every id, keeps a small closure cheap.
  return new Set([...seen].sort((x, y) => x - y).map((i) => adj.ids[i]))
}

/** The given nodes and everything they feed, directly or not (ids in file order). */
export function downstreamClosure(doc: GraphTopology, nodeIds: Iterable<string>): Set<string> {
  const adj = adjacency(doc)
  return closure(adj, nodeIds, adj.successors)
}

/** The given nodes and everything feeding them, directly or not (ids in file order). */
export function upstreamClosure(doc: GraphTopology, nodeIds: Iterable<string>): Set<string> {
  const adj = adjacency(doc)
  return closure(adj, nodeIds, adj.predecessors)
}

/** Shortest path of node indices from `start` to `goal` (breadth first, connection order). */
function shortestPath(adj: Adjacency, start: number, goal: number): number[] | null {
  const parent = new Map<number, number>([[start, -1]])
  const queue = [start]
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]
    if (v === goal) {
      const path: number[] = []
      for (let x = v; x !== -1; x = parent.get(x) as number) path.unshift(x)
      return path
    }
    for (const w of adj.successors[v]) {
      if (!parent.has(w)) {
        parent.set(w, v)
        queue.push(w)
      }
    }
  }
  return null
}

/**
 * If connecting `from` → `to` would close a cycle, the cycle it would close, starting and
 * ending at `from` (e.g. `['c', 'a', 'b', 'c']` for a → b → c plus c → a); otherwise null.
 */
export function wouldCreateCycle(doc: GraphTopology, from: string, to: string): string[] | null {
  if (from === to) return [from, from]
  const adj = adjacency(doc)
  const a = adj.index.get(from)
  const b = adj.index.get(to)
  if (a === undefined || b === undefined) return null
  const path = shortestPath(adj, b, a)
  return path ? [from, ...path.map((i) => adj.ids[i])] : null
}

/** The shortest cycle through a node, starting and ending at it, or null if it is in none. */
export function cycleThrough(doc: GraphTopology, nodeId: string): string[] | null {
  const adj = adjacency(doc)
  const v = adj.index.get(nodeId)
  if (v === undefined) return null
  let best: number[] | null = null
  for (const s of adj.successors[v]) {
    const path = shortestPath(adj, s, v)
    if (path && (best === null || path.length < best.length)) best = path
  }
  return best ? [nodeId, ...best.map((i) => adj.ids[i])] : null
}

/** `a → b → c → a` */
export function describeCycle(path: readonly string[]): string {
  return path.join(' → ')
}
