/**
 * "Collapse into Sequential": a selected chain of layer nodes becomes one Sequential node
 * holding the same layers in the same order, wired where the chain was. The model is the
 * same — the weights are drawn in the same order from the same seed — so a run is
 * bit-identical.
 */
import type { Connection, GraphDocument, GraphNode, LayerEntryValue, ParamValues } from '../../graph/graph-file.ts'
import { withoutNodes } from '../board-edits.ts'
import { freshId } from '../ids.ts'
import { INIT_PARAMS, INPUT, SEQUENTIAL, entriesOf, isChainNode } from './layer-nodes.ts'

/** The edit's result: the new document and the Sequential node's id, or why it cannot be done. */
export type ChainEdit = { ok: true; doc: GraphDocument; nodeId: string } | { ok: false; reason: string }

const isModelLink = (c: Connection): boolean => c.from.port === 'model' && c.to.port === 'model'

/** The selected nodes in chain order, head first; throws why they are not one chain. */
function chainOrder(doc: GraphDocument, ids: readonly string[]): GraphNode[] {
  const chosen = new Set(ids)
  const nodes = doc.nodes.filter((n) => chosen.has(n.id))
  const other = nodes.find((n) => !isChainNode(n.type))
  if (other) throw new Error(`"${other.id}" (${other.type}) is not a layer node: select a chain of Input, layer and Sequential nodes`)
  const next = new Map<string, string>()
  const fed = new Set<string>()
  for (const c of doc.connections) {
    if (!chosen.has(c.from.node) || !chosen.has(c.to.node) || !isModelLink(c)) continue
    next.set(c.from.node, c.to.node)
    fed.add(c.to.node)
  }
  const heads = nodes.filter((n) => !fed.has(n.id))
  if (heads.length !== 1) throw new Error('the selected layer nodes are not one chain: select layers wired one after the other')
  const byId = new Map(nodes.map((n) => [n.id, n]))
  const order: GraphNode[] = []
  for (let id: string | undefined = heads[0].id; id !== undefined && order.length < nodes.length; id = next.get(id)) order.push(byId.get(id) as GraphNode)
  if (order.length !== nodes.length) throw new Error('the selected layer nodes are not one chain: select layers wired one after the other')
  const inputs = order.slice(1).filter((n) => n.type === INPUT)
  if (inputs.length > 0) throw new Error(`Input "${inputs[0].id}" can only start a chain`)
  for (const node of order.slice(0, -1)) {
    const out = doc.connections.find((c) => c.from.node === node.id && !chosen.has(c.to.node))
    if (out) throw new Error(`"${node.id}" also feeds "${out.to.node}": only the last layer of the chain may feed nodes outside it`)
  }
  return order
}

/** The Sequential node's init params: from the node the model starts at, if the chain starts it. */
function initParams(head: GraphNode, startsModel: boolean): Partial<ParamValues> {
  if (!startsModel) return {}
  return Object.fromEntries(INIT_PARAMS.filter((p) => head.params[p] !== undefined).map((p) => [p, head.params[p]]))
}

/**
 * Collapses the chain `ids` into one Sequential node (`defaults`: its params at their
 * defaults). An Input node without data stays, feeding the Sequential node (its wire to
 * the first layer is rewired like every other).
 */
export function collapseIntoSequential(doc: GraphDocument, ids: readonly string[], defaults: ParamValues): ChainEdit {
  let order: GraphNode[]
  try {
    order = chainOrder(doc, ids)
  } catch (e) {
    return { ok: false, reason: (e as Error).message }
  }
  const headData = doc.connections.find((c) => c.to.node === order[0].id && c.to.port === 'data')
  // An Input without data is where the user sets the feature count: it stays and feeds the stack.
  const kept = order[0].type === INPUT && !headData ? order[0] : null
  const layers = kept ? order.slice(1) : order
  if (layers.length === 0) return { ok: false, reason: 'select the layer nodes to collapse, not just an Input' }
  if (layers.length === 1 && layers[0].type === SEQUENTIAL) return { ok: false, reason: `"${layers[0].id}" is already a Sequential node` }
  let entries: LayerEntryValue[]
  try {
    entries = layers.flatMap(entriesOf)
  } catch (e) {
    return { ok: false, reason: (e as Error).message }
  }
  const head = layers[0]
  const tail = layers[layers.length - 1]
  const gone = new Set(layers.map((n) => n.id))
  const id = freshId(SEQUENTIAL, new Set(doc.nodes.filter((n) => !gone.has(n.id)).map((n) => n.id)))
  const startsModel = head.type === INPUT || headData !== undefined || !doc.connections.some((c) => c.to.node === head.id && c.to.port === 'model')
  const node: GraphNode = { id, type: SEQUENTIAL, position: [...head.position], params: { ...defaults, ...initParams(head, startsModel), layers: entries } }
  const connections = doc.connections.flatMap((c): Connection[] => {
    if (gone.has(c.from.node) && gone.has(c.to.node)) return []
    if (gone.has(c.to.node)) return c.to.node === head.id ? [{ from: c.from, to: { node: id, port: c.to.port } }] : []
    if (gone.has(c.from.node)) return c.from.node === tail.id ? [{ from: { node: id, port: 'model' }, to: c.to }] : []
    return [c]
  })
  const at = doc.nodes.findIndex((n) => n.id === head.id)
  const nodes = doc.nodes.flatMap((n, i) => (i === at ? [node] : gone.has(n.id) ? [] : [n]))
  const tweaks = doc.tweaks.filter((t) => !gone.has(t.node))
  return { ok: true, nodeId: id, doc: { ...doc, nodes, connections, tweaks, ...(doc.board ? { board: withoutNodes(doc.board, gone) } : {}) } }
}
