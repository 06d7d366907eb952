/**
 * "+ layer after": a new Dense node right after a layer node, taking over everything that
 * layer fed, so it joins the chain instead of dangling beside it.
 */
import type { Connection, GraphDocument, GraphNode } from '../../graph/graph-file.ts'
import { freshId } from '../ids.ts'
import { DENSE, isChainNode } from './layer-nodes.ts'
import type { DefaultsOf } from './layer-nodes.ts'
import type { ChainEdit } from './collapse.ts'

/** A new Dense's units when its input width is not known yet (Dense's own default). */
export const UNKNOWN_WIDTH_UNITS = 32

/**
 * Inserts a Dense node after layer node `id`, at `position`, with as many units as its
 * input is wide (`width`, the layer's output width; null when unknown: 32).
 */
export function insertLayerAfter(doc: GraphDocument, id: string, width: number | null, defaultsOf: DefaultsOf, position: [number, number]): ChainEdit {
  const before = doc.nodes.find((n) => n.id === id)
  if (!before || !isChainNode(before.type)) return { ok: false, reason: `"${id}" is not a layer node` }
  const nodeId = freshId(DENSE, new Set(doc.nodes.map((n) => n.id)))
  const node: GraphNode = { id: nodeId, type: DENSE, position, params: { ...defaultsOf(DENSE), units: width ?? UNKNOWN_WIDTH_UNITS } }
  const connections = doc.connections.map((c): Connection => (c.from.node === id && c.from.port === 'model' ? { from: { node: nodeId, port: 'model' }, to: c.to } : c))
  connections.push({ from: { node: id, port: 'model' }, to: { node: nodeId, port: 'model' } })
  return { ok: true, nodeId, doc: { ...doc, nodes: [...doc.nodes, node], connections } }
}
