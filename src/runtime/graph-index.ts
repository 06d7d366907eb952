import type { Connection, GraphDocument } from '../graph/graph-file.ts'
import { findCycles, topologicalOrder } from '../graph/graph-ops.ts'

/** Adjacency of the current graph, rebuilt whenever its structure changes. */
export class GraphIndex {
  /** Evaluation order; nodes on a cycle are left out (they are reported, never evaluated). */
  readonly order: string[]
  readonly cycles: string[][]
  private readonly incomingByNode = new Map<string, Connection[]>()
  private readonly outgoingByNode = new Map<string, Connection[]>()

  constructor(readonly doc: GraphDocument) {
    for (const c of doc.connections) {
      push(this.incomingByNode, c.to.node, c)
      push(this.outgoingByNode, c.from.node, c)
    }
    this.cycles = findCycles(doc)
    const onCycle = new Set(this.cycles.flat())
    const acyclic: GraphDocument = { ...doc, nodes: doc.nodes.filter((n) => !onCycle.has(n.id)), connections: doc.connections.filter((c) => !onCycle.has(c.from.node) && !onCycle.has(c.to.node)) }
    this.order = topologicalOrder(acyclic) ?? []
  }

  incoming(nodeId: string): readonly Connection[] {
    return this.incomingByNode.get(nodeId) ?? []
  }

  outgoing(nodeId: string): readonly Connection[] {
    return this.outgoingByNode.get(nodeId) ?? []
  }

  /** Connections into one input port, in file order. */
  sources(nodeId: string, port: string): Connection[] {
    return this.incoming(nodeId).filter((c) => c.to.port === port)
  }

  parents(nodeId: string): string[] {
    return [...new Set(this.incoming(nodeId).map((c) => c.from.node))]
  }

  children(nodeId: string): string[] {
    return [...new Set(this.outgoing(nodeId).map((c) => c.to.node))]
  }

  /** The nodes downstream of the given ones, themselves included. */
  closure(nodeIds: Iterable<string>): Set<string> {
    const seen = new Set<string>()
    const stack = [...nodeIds]
    while (stack.length > 0) {
      const id = stack.pop() as string
      if (seen.has(id)) continue
      seen.add(id)
      stack.push(...this.children(id))
    }
    return seen
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}
