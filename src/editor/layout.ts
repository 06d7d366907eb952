import ELK from 'elkjs/lib/elk.bundled.js'
import type { Catalog, GraphDocument } from '../graph/index.ts'
import { estimatedSize } from './placement.ts'

/**
 * The same graph with positions laid out left to right along the data flow (ELK layered).
 * A long chain wraps into several rows, so the result keeps about the view's aspect
 * (`aspect`, width / height) and stays readable when zoomed to fit.
 */
export async function layoutDocument(doc: GraphDocument, catalog: Catalog, aspect = 1.6): Promise<GraphDocument> {
  const elk = new ELK()
  const result = await elk.layout({
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.spacing.nodeNode': '40',
      'elk.layered.spacing.nodeNodeBetweenLayers': '80',
      'elk.layered.wrapping.strategy': 'MULTI_EDGE',
      'elk.aspectRatio': String(aspect),
    },
    children: doc.nodes.map((n) => ({ id: n.id, ...estimatedSize(catalog.get(n.type), n.size) })),
    edges: doc.connections.map((c, i) => ({ id: `e${i}`, sources: [c.from.node], targets: [c.to.node] })),
  })
  const positions = new Map((result.children ?? []).map((c) => [c.id, [Math.round(c.x ?? 0), Math.round(c.y ?? 0)] as [number, number]]))
  return { ...doc, nodes: doc.nodes.map((n) => ({ ...n, position: positions.get(n.id) ?? n.position })) }
}
