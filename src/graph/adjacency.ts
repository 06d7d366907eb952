/**
 * A graph's nodes as indices in file order, with their distinct successors and
 * predecessors, and its strongly connected components: what graph-ops and the cycle
 * reports compute their answers on.
 */
import type { Connection } from './graph-file.ts'

/** The part of a GraphDocument the graph helpers read. */
export interface GraphTopology {
  readonly nodes: readonly { readonly id: string }[]
  readonly connections: readonly Connection[]
}

export interface Adjacency {
  ids: string[]
  index: Map<string, number>
  /** successors[i]: distinct targets of node i, in connection order. */
  successors: number[][]
  predecessors: number[][]
}

export function adjacency(doc: GraphTopology): Adjacency {
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

export function cyclicComponents(adj: Adjacency): number[][] {
  return components(adj)
    .filter((c) => c.length > 1 || adj.successors[c[0]].includes(c[0]))
    .map((c) => [...c].sort((a, b) => a - b))
    .sort((a, b) => a[0] - b[0])
}
