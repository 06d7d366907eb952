import ELK from 'elkjs/lib/elk.bundled.js'
import type { Catalog, GraphDocument } from '../graph/index.ts'
import { NODE_WIDTH, PLOT_WIDTH } from './canvas/schemes.ts'

/** An estimate of a node's drawn size: header, one row per port, a chart for plots. */
function size(doc: GraphDocument, catalog: Catalog, id: string): { width: number; height: number } {
  const node = doc.nodes.find((n) => n.id === id)
  const schema = node ? catalog.get(node.type) : undefined
  if (!schema) return { width: NODE_WIDTH, height: 100 }
  const plot = Object.values(schema.outputs).some((o) => o.type === 'Chart')
  const rows = Object.keys(schema.inputs).length + Object.keys(schema.outputs).length
  return { width: plot ? PLOT_WIDTH : NODE_WIDTH, height: 60 + rows * 24 + (plot ? 260 : 0) }
}

/** The same graph with positions laid out left to right along the data flow (ELK layered). */
export async function layoutDocument(doc: GraphDocument, catalog: Catalog): Promise<GraphDocument> {
  const elk = new ELK()
  const result = await elk.layout({
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.spacing.nodeNode': '40',
      'elk.layered.spacing.nodeNodeBetweenLayers': '80',
    },
    children: doc.nodes.map((n) => ({ id: n.id, ...size(doc, catalog, n.id) })),
    edges: doc.connections.map((c, i) => ({ id: `e${i}`, sources: [c.from.node], targets: [c.to.node] })),
  })
  const positions = new Map((result.children ?? []).map((c) => [c.id, [Math.round(c.x ?? 0), Math.round(c.y ?? 0)] as [number, number]]))
  return { ...doc, nodes: doc.nodes.map((n) => ({ ...n, position: positions.get(n.id) ?? n.position })) }
}
