/**
 * "Expand into layers": a Sequential node becomes the chain of layer nodes it stands for,
 * wired where it was, laid out left to right from its place. Same layers, same order, same
 * seed: the same model, so a run is bit-identical.
 */
import type { Connection, GraphDocument, GraphNode, LayerEntryValue, ParamValues } from '../../graph/graph-file.ts'
import { withoutNodes } from '../board-edits.ts'
import { freshId } from '../ids.ts'
import { DENSE, INIT_PARAMS, INPUT, SEQUENTIAL, layerNodeParams } from './layer-nodes.ts'
import type { DefaultsOf } from './layer-nodes.ts'

export type ExpandEdit = { ok: true; doc: GraphDocument; nodeIds: string[] } | { ok: false; reason: string }

/**
 * Expands Sequential node `id` into layer nodes `step` apart. A layer's name becomes its
 * node's id when that id is free. The first layer node starts the model (takes the data and
 * the seed); when the first layer is not a Dense, an Input node does that.
 */
export function expandIntoLayers(doc: GraphDocument, id: string, defaultsOf: DefaultsOf, step: number): ExpandEdit {
  const seq = doc.nodes.find((n) => n.id === id)
  if (!seq || seq.type !== SEQUENTIAL) return { ok: false, reason: `"${id}" is not a Sequential node` }
  const entries = (seq.params.layers ?? []) as LayerEntryValue[]
  if (entries.length === 0) return { ok: false, reason: `Sequential "${id}" has no layers to expand` }
  const taken = new Set(doc.nodes.filter((n) => n.id !== id).map((n) => n.id))
  const claim = (wanted: string | undefined, type: string): string => {
    const nodeId = wanted !== undefined && !taken.has(wanted) ? wanted : freshId(type, taken)
    taken.add(nodeId)
    return nodeId
  }
  const init: ParamValues = Object.fromEntries(INIT_PARAMS.map((p) => [p, seq.params[p]]).filter(([, v]) => v !== undefined))
  const fedModel = doc.connections.some((c) => c.to.node === id && c.to.port === 'model')
  const needsInput = !fedModel && entries[0].type !== 'dense'
  let layerNodes: GraphNode[]
  try {
    layerNodes = entries.map((entry, i) => {
      const { type, params } = layerNodeParams(entry, defaultsOf, `layers[${i}]`)
      const name = typeof entry.name === 'string' ? entry.name : undefined
      return { id: claim(name, type), type, position: [0, 0], params: type === DENSE ? { ...params, ...init } : params }
    })
  } catch (e) {
    return { ok: false, reason: (e as Error).message }
  }
  const chain: GraphNode[] = needsInput ? [{ id: claim(undefined, INPUT), type: INPUT, position: [0, 0], params: { ...defaultsOf(INPUT), ...init } }, ...layerNodes] : layerNodes
  chain.forEach((n, i) => (n.position = [seq.position[0] + i * step, seq.position[1]]))
  const head = chain[0]
  const tail = chain[chain.length - 1]
  const links: Connection[] = chain.slice(1).map((n, i) => ({ from: { node: chain[i].id, port: 'model' }, to: { node: n.id, port: 'model' } }))
  const connections = doc.connections.map((c): Connection => {
    if (c.to.node === id) return { from: c.from, to: { node: head.id, port: c.to.port } }
    if (c.from.node === id) return { from: { node: tail.id, port: c.from.port }, to: c.to }
    return c
  })
  const nodes = doc.nodes.flatMap((n) => (n.id === id ? chain : [n]))
  const gone = new Set([id])
  const tweaks = doc.tweaks.filter((t) => t.node !== id)
  return { ok: true, nodeIds: chain.map((n) => n.id), doc: { ...doc, nodes, connections: [...connections, ...links], tweaks, ...(doc.board ? { board: withoutNodes(doc.board, gone) } : {}) } }
}
