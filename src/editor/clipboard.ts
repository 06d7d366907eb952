import { serializeGraph } from '../graph/index.ts'
import type { GraphDocument } from '../graph/index.ts'
import { withoutNodes } from './board-edits.ts'

/** The given nodes and the connections between them. */
export function subgraph(doc: GraphDocument, ids: readonly string[]): Pick<GraphDocument, 'nodes' | 'connections'> {
  const keep = new Set(ids)
  return {
    nodes: doc.nodes.filter((n) => keep.has(n.id)),
    connections: doc.connections.filter((c) => keep.has(c.from.node) && keep.has(c.to.node)),
  }
}

/** The selected nodes, the connections between them and their pins, as a complete graph file. */
export function fragmentText(doc: GraphDocument, ids: readonly string[]): string {
  const keep = new Set(ids)
  // A pin of a node left behind would make the fragment name a node it does not have.
  const gone = new Set(doc.nodes.map((n) => n.id).filter((id) => !keep.has(id)))
  const board = doc.board ? withoutNodes(doc.board, gone) : undefined
  return serializeGraph({ ...doc, meta: { title: `${doc.meta.title} (excerpt)` }, ...subgraph(doc, ids), tweaks: [], ...(board ? { board } : {}) })
}

/**
 * What Duplicate copies: the nodes, the connections among them, and the connections that
 * feed them from outside (an input of a copy takes the same value as the original's).
 */
export function duplicateOf(doc: GraphDocument, ids: readonly string[]): Pick<GraphDocument, 'nodes' | 'connections'> {
  const keep = new Set(ids)
  return {
    nodes: doc.nodes.filter((n) => keep.has(n.id)),
    connections: doc.connections.filter((c) => keep.has(c.to.node)),
  }
}
