import { connectionProblem, defaultParams, emptyDocument } from '../../../src/graph/index.ts'
import type { Catalog, GraphDocument, GraphNode } from '../../../src/graph/index.ts'
import { freshId } from '../../../src/editor/ids.ts'

/** A deterministic source of numbers in [0, 1) (mulberry32), so a failing sequence can be replayed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Node types cheap to evaluate, covering data, models, losses, optimizers, trainers and plots. */
export const LIGHT_TYPES = [
  'data/iris',
  'preprocess/standardize',
  'preprocess/one-hot',
  'model/input',
  'model/dense',
  'model/summary',
  'loss/mse',
  'loss/categorical-crossentropy',
  'optimizer/adam',
  'optimizer/sgd',
  'train/trainer',
  'plot/training-curves',
  'plot/table',
] as const

/**
 * One editor operation. Nodes, ports and connections are chosen by fractions in [0, 1) of
 * what the graph holds when the operation runs, so every operation applies to any graph.
 */
export type EditorOp =
  | { readonly kind: 'add'; readonly type: string; readonly x: number; readonly y: number }
  | { readonly kind: 'remove'; readonly node: number }
  | { readonly kind: 'move'; readonly node: number; readonly x: number; readonly y: number }
  /** A wire between two ports of the same type (the editor may still refuse it: a cycle, a second wire). */
  | { readonly kind: 'connect'; readonly pair: number }
  /** A wire into an input that has one already, from another port of its type. */
  | { readonly kind: 'reconnect'; readonly connection: number; readonly source: number }
  | { readonly kind: 'disconnect'; readonly connection: number }
  | { readonly kind: 'param'; readonly node: number; readonly param: number; readonly value: number }
  | { readonly kind: 'undo' }
  | { readonly kind: 'redo' }
  | { readonly kind: 'duplicate'; readonly node: number }

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]
const position = (random: () => number): number => Math.round(random() * 1600 - 200)

/** A graph of 1 to 6 light nodes with the connections among them that the editor would accept. */
export function randomGraph(catalog: Catalog, random: () => number): GraphDocument {
  const doc = emptyDocument('random')
  const count = 1 + Math.floor(random() * 6)
  for (let i = 0; i < count; i++) {
    const type = pick(random, LIGHT_TYPES)
    const schema = catalog.get(type)
    if (!schema) continue
    const node: GraphNode = { id: freshId(type, new Set(doc.nodes.map((n) => n.id))), type, position: [position(random), position(random)], params: defaultParams(schema) }
    doc.nodes.push(node)
  }
  // Wire up to six of the connections the editor would accept, one at a time.
  for (let k = 0; k < 6; k++) {
    const candidates = doc.nodes.flatMap((from) =>
      Object.keys(catalog.get(from.type)?.outputs ?? {}).flatMap((output) =>
        doc.nodes.flatMap((to) => Object.keys(catalog.get(to.type)?.inputs ?? {}).map((input) => ({ from: { node: from.id, port: output }, to: { node: to.id, port: input } }))),
      ),
    )
    const fine = candidates.filter((c) => connectionProblem(doc, catalog, c) === null)
    if (fine.length === 0) break
    doc.connections.push(pick(random, fine))
  }
  return doc
}

/** `count` random operations, every kind equally likely. */
export function randomOps(catalog: Catalog, random: () => number, count: number): EditorOp[] {
  const kinds: EditorOp['kind'][] = ['add', 'remove', 'move', 'connect', 'reconnect', 'disconnect', 'param', 'undo', 'redo', 'duplicate']
  return Array.from({ length: count }, (): EditorOp => {
    const kind = pick(random, kinds)
    switch (kind) {
      case 'add':
        return { kind, type: pick(random, LIGHT_TYPES.filter((t) => catalog.get(t))), x: position(random), y: position(random) }
      case 'remove':
      case 'duplicate':
        return { kind, node: random() }
      case 'move':
        return { kind, node: random(), x: position(random), y: position(random) }
      case 'connect':
        return { kind, pair: random() }
      case 'reconnect':
        return { kind, connection: random(), source: random() }
      case 'disconnect':
        return { kind, connection: random() }
      case 'param':
        return { kind, node: random(), param: random(), value: random() }
      case 'undo':
      case 'redo':
        return { kind }
    }
  })
}
