/**
 * Static shape inference: output shapes from input shapes and params, before running, so
 * the editor can label wires ("150×4") and show mistakes early. Each node type may give a
 * shape function; nodes without one, or caught in a cycle, have unknown output shapes.
 */
import type { GraphDocument } from './graph-file.ts'
import { orderSkippingCycles } from './graph-ops.ts'
import { userKeyedRecord } from './records.ts'

/** A port's shape; null marks a dimension not known before running (e.g. the batch). */
export type Shape = readonly (number | null)[]

export type ShapeFn = (inputs: Record<string, Shape | undefined>, params: Record<string, unknown>) => Record<string, Shape | undefined>

/** Looks up a node type's shape function. */
export type ShapeFns = (type: string) => ShapeFn | undefined

/** Output shapes per node id: port name → shape (ports with unknown shapes are absent). */
export type InferredShapes = Map<string, Record<string, Shape>>

function sameShape(a: Shape, b: Shape): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i])
}

/**
 * Walks the graph in topological order. An input's shape is its source output's shape; an
 * input fed by several connections gets their shape when they all agree. A shape function
 * that throws leaves that node's outputs unknown (reported through `onError` if given).
 */
export function inferShapes(doc: Pick<GraphDocument, 'nodes' | 'connections'>, shapeFns: ShapeFns, onError?: (nodeId: string, error: unknown) => void): InferredShapes {
  const shapes: InferredShapes = new Map()
  const nodes = new Map<string, GraphDocument['nodes'][number]>()
  for (const n of doc.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n)
  for (const id of orderSkippingCycles(doc)) {
    const node = nodes.get(id)
    const fn = node ? shapeFns(node.type) : undefined
    if (!node || !fn) continue
    const seen = new Map<string, (Shape | undefined)[]>()
    for (const c of doc.connections) {
      if (c.to.node !== id) continue
      const list = seen.get(c.to.port) ?? []
      list.push(shapes.get(c.from.node)?.[c.from.port])
      seen.set(c.to.port, list)
    }
    const inputs = userKeyedRecord<Shape | undefined>()
    for (const [port, list] of seen) {
      const first = list[0]
      if (first !== undefined && list.every((s) => s !== undefined && sameShape(s, first))) inputs[port] = first
    }
    let outputs: Record<string, Shape | undefined>
    try {
      outputs = fn(inputs, node.params)
    } catch (e) {
      onError?.(id, e)
      continue
    }
    const known: Record<string, Shape> = {}
    for (const [port, shape] of Object.entries(outputs)) if (shape !== undefined) known[port] = shape
    shapes.set(id, known)
  }
  return shapes
}

/** `150×4`; unknown dimensions show as `?`; a scalar as `scalar`. */
export function formatShape(shape: Shape): string {
  return shape.length === 0 ? 'scalar' : shape.map((d) => (d === null ? '?' : String(d))).join('×')
}
