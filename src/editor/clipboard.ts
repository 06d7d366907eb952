import { serializeGraph } from '../graph/index.ts'
import type { GraphDocument } from '../graph/index.ts'

/** The selected nodes and the connections between them, as a complete graph file. */
export function fragmentText(doc: GraphDocument, ids: readonly string[]): string {
  const keep = new Set(ids)
  return serializeGraph({
    ...doc,
    meta: { title: `${doc.meta.title} (excerpt)` },
    nodes: doc.nodes.filter((n) => keep.has(n.id)),
    connections: doc.connections.filter((c) => keep.has(c.from.node) && keep.has(c.to.node)),
    tweaks: [],
  })
}
