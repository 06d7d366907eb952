/**
 * Pure helpers over a graph's nodes and connections, shared by the loader, the runtime and
 * the editor. Connections naming nodes that do not exist are ignored; when ids repeat, the
 * first node with the id counts. Ties are always broken by node order in the file, so every
 * answer is deterministic.
 */
import type { Connection } from './graph-file.ts'

/** The part of a GraphDocument these helpers read. */
export interface GraphTopology {
  readonly nodes: readonly { readonly id: string }[]
  readonly connections: readonly Connection[]
}

interface Adjacency {
  ids: string[]
  index: Map<string, number>
  /** successors[i]: distinct targets of node i, in connection order. */
  successors: number[][]
  predecessors: number[][]
}

function adjacency(doc: GraphTopology): Adjacency {
  const ids: string[] = []
  const index = new Map<string, number>()
  for (const n of doc.nodes) {
    if (index.has(n.id)) continue
    index.set(n.id, ids.length)
    ids.push(n.id)
  }
  const successors: number[][] = ids.map(() => [])
  const predecessors: number[][] = ids.map(() => [])
  // a set, not includes(): a node with thousands of connections would make this quadratic
  const seen = new Set<number>()
  for (const c of doc.connections) {
    const a = index.get(c.from.node)
    const b = index.get(c.to.node)
    if (a === undefined || b === undefined || seen.has(a * ids.length + b)) continue
    seen.add(a * ids.length + b)
    successors[a].push(b)
    predecessors[b].push(a)
  }
  return { ids, index, successors, predecessors }
}

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

/** Strongly connected components (Tarjan, iterative), each as node indices. */
function components(adj: Adjacency): number[][] {
  const n = adj.ids.length
  const indexOf = new Array<number>(n).fill(-1)
  const low = new Array<number>(n).fill(0)
  const onStack = new Array<boolean>(n).fill(false)
  const stack: number[] = []
  const result: number[][] = []
  let counter = 0
  for (let root = 0; root < n; root++) {
    if (indexOf[root] !== -1) continue
    const work: { v: number; next: number }[] = [{ v: root, next: 0 }]
    indexOf[root] = low[root] = counter++
    stack.push(root)
    onStack[root] = true
    while (work.length > 0) {
      const frame = work[work.length - 1]
      const { v } = frame
      if (frame.next < adj.successors[v].length) {
        const w = adj.successors[v][frame.next++]
        if (indexOf[w] === -1) {
          indexOf[w] = low[w] = counter++
          stack.push(w)
          onStack[w] = true
          work.push({ v: w, next: 0 })
        } else if (onStack[w]) low[v] = Math.min(low[v], indexOf[w])
        continue
      }
      work.pop()
      if (work.length > 0) {
        const parent = work[work.length - 1].v
        low[parent] = Math.min(low[parent], low[v])
      }
      if (low[v] === indexOf[v]) {
        const component: number[] = []
        let w: number
        do {
          w = stack.pop() as number
          onStack[w] = false
          component.push(w)
        } while (w !== v)
        result.push(component)
      }
    }
  }
  return result
}

function cyclicComponents(adj: Adjacency): number[][] {
  return components(adj)
    .filter((c) => c.length > 1 || adj.successors[c[0]].includes(c[0]))
    .map((c) => [...c].sort((a, b) => a - b))
    .sort((a, b) => a[0] - b[0])
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
  const adj = adjacency(doc)
  const skip = new Set(cyclicComponents(adj).flat())
  return kahn(adj, skip).map((i) => adj.ids[i])
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
  return new Set(adj.ids.filter((_, i) => seen.has(i)))
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

/** A cycle of the graph, reported once: its members (file order) and a shortest cycle through the first. */
export interface CycleReport {
  readonly members: readonly string[]
  /** Starts and ends at `members[0]`. */
  readonly cycle: readonly string[]
}

/** Shortest cycle through `v` inside its component (a cycle never leaves it), as indices from v back to v. */
function shortestCycleWithin(adj: Adjacency, v: number, within: ReadonlySet<number>): number[] {
  const parent = new Map<number, number>([[v, -1]])
  const queue = [v]
  for (let head = 0; head < queue.length; head++) {
    const x = queue[head]
    for (const w of adj.successors[x]) {
      if (w === v) {
        const back = [v]
        for (let y = x; y !== v; y = parent.get(y) as number) back.push(y)
        return [...back, v].reverse()
      }
      if (within.has(w) && !parent.has(w)) {
        parent.set(w, x)
        queue.push(w)
      }
    }
  }
  return [v, v]
}

/** Every cycle once, in time linear in the graph's size (one search per component, inside it). */
export function cycleReports(doc: GraphTopology): CycleReport[] {
  const adj = adjacency(doc)
  return cyclicComponents(adj).map((c) => ({
    members: c.map((i) => adj.ids[i]),
    cycle: shortestCycleWithin(adj, c[0], new Set(c)).map((i) => adj.ids[i]),
  }))
}

/** `a → b → c → a` */
export function describeCycle(path: readonly string[]): string {
  return path.join(' → ')
}
