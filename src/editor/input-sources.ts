/**
 * What a board's input control offers: the graph's outputs that may feed one input. The same
 * rule as a wire drawn on the canvas (wiring.ts), so a choice is never refused afterwards.
 */
import type { Connection, Endpoint, GraphDocument } from '../graph/graph-file.ts'
import type { Catalog, NodeSchema } from '../graph/node-schema.ts'
import { wire } from './wiring.ts'

/** One output that can feed the input, named as the user named its node. */
export interface SourceChoice {
  readonly from: Endpoint
  readonly label: string
}

/** A catalog over the schemas an element was given. */
export function catalogOf(schemas: readonly NodeSchema[]): Catalog {
  return { get: (type) => schemas.find((s) => s.type === type), all: () => schemas }
}

/** The connection that would feed `to` from `from`. */
export function feeding(from: Endpoint, to: Endpoint): Connection {
  return { from: { node: from.node, port: from.port }, to: { node: to.node, port: to.port } }
}

/**
 * The outputs that can feed `to` (right type, no cycle), in file order, each labelled with its
 * node's title, and the output's name too where one node offers several.
 */
export function sourceChoices(doc: GraphDocument, catalog: Catalog, to: Endpoint): SourceChoice[] {
  return doc.nodes.flatMap((node) => {
    const schema = catalog.get(node.type)
    if (!schema) return []
    const ports = Object.keys(schema.outputs).filter((port) => wire(doc, catalog, feeding({ node: node.id, port }, to)).kind !== 'refused')
    const title = node.title ?? schema.title
    return ports.map((port) => ({ from: { node: node.id, port }, label: ports.length > 1 ? `${title} · ${schema.outputs[port].label ?? port}` : title }))
  })
}

/** The output feeding `to` now, or null when nothing does. */
export function currentSource(doc: GraphDocument, to: Endpoint): Endpoint | null {
  return doc.connections.find((c) => c.to.node === to.node && c.to.port === to.port)?.from ?? null
}
