/**
 * What a board's input control offers: the graph's outputs that may feed one input. The same
 * rule as a wire drawn on the canvas (wiring.ts), so a choice is never refused afterwards.
 */
import type { Connection, Endpoint, GraphDocument } from '../graph/graph-file.ts'
import type { Catalog, NodeSchema } from '../graph/node-schema.ts'
import { outputName } from '../graph/node-names.ts'
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
 * The outputs that can feed `to` (right type, no cycle), in file order, each named as the
 * canvas names it (its node's title; the output's name too where the node has several).
 */
export function sourceChoices(doc: GraphDocument, catalog: Catalog, to: Endpoint): SourceChoice[] {
  const outputs = doc.nodes.flatMap((node) => {
    const schema = catalog.get(node.type)
    if (!schema) return []
    return Object.keys(schema.outputs).filter((port) => wire(doc, catalog, feeding({ node: node.id, port }, to)).kind !== 'refused').map((port) => ({ node: node.id, port }))
  })
  // Only the choices are in view: a node is told apart by its id only from another choice of the same title.
  const among = outputs.map((from) => from.node)
  return outputs.map((from) => ({ from, label: outputName(doc, catalog, from, among) }))
}

/** The output feeding `to` now, or null when nothing does. */
export function currentSource(doc: GraphDocument, to: Endpoint): Endpoint | null {
  return doc.connections.find((c) => c.to.node === to.node && c.to.port === to.port)?.from ?? null
}
