import type { GraphDocument, GraphNode, ParamValues } from './graph-file.ts'
import type { Catalog, NodeSchema } from './node-schema.ts'

/** Every declared param at its default (lists copied, so callers may change them). */
export function defaultParams(schema: NodeSchema): ParamValues {
  const params: ParamValues = {}
  for (const [name, decl] of Object.entries(schema.params)) {
    params[name] = Array.isArray(decl.default) ? [...decl.default] : (decl.default as number | boolean | string)
  }
  return params
}

/** The node with its missing params filled in from their defaults; other params untouched. */
export function withDefaultParams(node: GraphNode, catalog: Catalog): GraphNode {
  const schema = catalog.get(node.type)
  if (!schema) return node
  return { ...node, params: { ...defaultParams(schema), ...node.params } }
}

/** A file may omit params at their default; the loaded document has them all. */
export function withDefaults(doc: GraphDocument, catalog: Catalog): GraphDocument {
  return { ...doc, nodes: doc.nodes.map((n) => withDefaultParams(n, catalog)) }
}
