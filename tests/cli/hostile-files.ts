/** The hostile files of issue 14, built from the iris example (no big files in the repository). */
import { readFileSync } from 'node:fs'
import { IRIS_EXAMPLE } from './helpers.ts'

type Obj = { [key: string]: unknown }
interface Endpoint {
  node: string
  port: string
}
interface Graph extends Obj {
  nodes: Obj[]
  connections: { from: Endpoint; to: Endpoint }[]
  tweaks: unknown[]
}

export function iris(): Graph {
  return JSON.parse(readFileSync(IRIS_EXAMPLE, 'utf8')) as Graph
}

/** Item 1: a 40,000-character node id, and a connection from a 40,000-character unknown id (83 KB). */
export function longIdsFile(): string {
  const g = iris()
  g.nodes.push({ id: 'a'.repeat(40_000), type: 'data/iris', position: [0, 0], params: {} })
  g.connections.push({ from: { node: 'b'.repeat(40_000), port: 'dataset' }, to: { node: 'curves', port: 'runs' } })
  return JSON.stringify(g, null, 2)
}

/** Item 1 too: one node of an unknown 4 MB type. */
export function hugeTypeFile(): string {
  const g = iris()
  g.nodes[0].type = 'z'.repeat(4_000_000)
  return JSON.stringify(g, null, 2)
}

/** Item 3: the second trainer renamed `__proto__`. */
export function protoTrainerFile(): string {
  const g = iris()
  const rename = (id: string): string => (id === 'fit-std' ? '__proto__' : id)
  for (const n of g.nodes) n.id = rename(String(n.id))
  for (const c of g.connections) {
    c.from.node = rename(c.from.node)
    c.to.node = rename(c.to.node)
  }
  return JSON.stringify(g, null, 2)
}

/** Item 4: a cycle of 4,000 standardize nodes (about 580 KB). */
export function cycleFile(size = 4000): string {
  const ids = Array.from({ length: size }, (_, i) => `standardize-${i}`)
  const g = {
    format: 'flowgrad',
    version: 1,
    meta: { title: 'A ring' },
    nodes: ids.map((id, i) => ({ id, type: 'preprocess/standardize', position: [i, 0], params: {} })),
    connections: ids.map((id, i) => ({ from: { node: id, port: 'dataset' }, to: { node: ids[(i + 1) % size], port: 'data' } })),
    tweaks: [],
  }
  return JSON.stringify(g, null, 2)
}

/**
 * Item 5: the iris example as a version 0 file (edges with source/target fields, node
 * `data`), with problems in edges and data: a misspelt port, an unknown node, a repeated
 * edge, a value out of range.
 */
export function version0File(): string {
  const g = iris()
  const nodes = g.nodes.map(({ params, ...rest }) => ({ ...rest, data: params }))
  const edges = g.connections.map((c) => ({ source: c.from.node, sourcePort: c.from.port, target: c.to.node, targetPort: c.to.port }))
  edges[2].targetPort = 'dat'
  edges[5].source = 'raw-dense'
  edges.push({ ...edges[10] })
  const adam = nodes.find((n) => (n as Obj).id === 'std-adam') as { data: Obj }
  adam.data.learningRate = -1
  return JSON.stringify({ format: 'flowgrad', version: 0, meta: g.meta, nodes, edges }, null, 2)
}
