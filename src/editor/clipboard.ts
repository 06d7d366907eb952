import { serializeGraph } from '../graph/index.ts'
import type { Catalog, Connection, GraphDocument, GraphNode } from '../graph/index.ts'
import { freshId } from './ids.ts'

/** The given nodes and the connections between them. */
export function subgraph(doc: GraphDocument, ids: readonly string[]): Pick<GraphDocument, 'nodes' | 'connections'> {
  const keep = new Set(ids)
  return {
    nodes: doc.nodes.filter((n) => keep.has(n.id)),
    connections: doc.connections.filter((c) => keep.has(c.from.node) && keep.has(c.to.node)),
  }
}

/** The selected nodes and the connections between them, as a complete graph file. */
export function fragmentText(doc: GraphDocument, ids: readonly string[]): string {
  return serializeGraph({ ...doc, meta: { title: `${doc.meta.title} (excerpt)` }, ...subgraph(doc, ids), tweaks: [] })
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

/**
 * A fragment (a paste, a duplicate) as it joins `doc`: its nodes moved by `offset` and
 * renamed where their ids are taken (unknown types left out), its connections renamed with
 * them; a connection from a node outside the fragment (a duplicate's input) keeps its source.
 */
export function placedFragment(
  doc: GraphDocument,
  catalog: Catalog,
  nodes: readonly GraphNode[],
  connections: readonly Connection[],
  offset: readonly [number, number],
): Pick<GraphDocument, 'nodes' | 'connections'> {
  const taken = new Set(doc.nodes.map((n) => n.id))
  const existing = new Set(taken)
  const rename = new Map<string, string>()
  const added: GraphNode[] = []
  for (const n of nodes) {
    if (!catalog.get(n.type)) continue
    const id = taken.has(n.id) ? freshId(n.type, taken) : n.id
    taken.add(id)
    rename.set(n.id, id)
    added.push({ ...structuredClone(n), id, position: [n.position[0] + offset[0], n.position[1] + offset[1]] })
  }
  const source = (id: string): string | undefined => rename.get(id) ?? (existing.has(id) ? id : undefined)
  const links = connections.flatMap((c) => {
    const from = source(c.from.node)
    const to = rename.get(c.to.node)
    return from !== undefined && to !== undefined ? [{ from: { node: from, port: c.from.port }, to: { node: to, port: c.to.port } }] : []
  })
  return { nodes: added, connections: links }
}
