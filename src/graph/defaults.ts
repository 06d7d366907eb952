import type { GraphDocument, GraphNode, ParamValue, ParamValues } from './graph-file.ts'
import type { Catalog, NodeSchema } from './node-schema.ts'

/** A param's default as a file holds it (a list copied, so callers may change it). */
export function defaultValue(decl: NodeSchema['params'][string]): ParamValue {
  return Array.isArray(decl.default) ? [...decl.default] : (decl.default as number | boolean | string)
}

/** Every declared param at its default (lists copied, so callers may change them). */
export function defaultParams(schema: NodeSchema): ParamValues {
  const params: ParamValues = {}
  for (const [name, decl] of Object.entries(schema.params)) params[name] = defaultValue(decl)
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
