/** Cycles as the loader reports them: each once, however many nodes it holds. */
import { adjacency, cyclicComponents } from './adjacency.ts'
import type { Adjacency, GraphTopology } from './adjacency.ts'

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
