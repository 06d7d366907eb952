/**
 * The board a graph gets when it has none of its own (a version 1 file): every chart of every
 * plot node, every optimizer's learning rate and each trainer's epochs — what a lesson shows
 * and what a class moves first.
 */
import type { Board, BoardChart, BoardControl } from './graph-file.ts'
import type { Catalog } from './node-schema.ts'

/** A node as far as the board needs it: where it is in the file, its id and type. */
export interface BoardSource {
  readonly index: number
  readonly id: string
  readonly type: string
}

/** One pin of the default board and the node it came from (to map problem paths back). */
export interface DerivedPin<T> {
  readonly pin: T
  readonly nodeIndex: number
}

export interface DerivedBoard {
  readonly charts: readonly DerivedPin<BoardChart>[]
  readonly controls: readonly DerivedPin<BoardControl>[]
}

/** The params a lesson pins by default, per kind of node. */
const LEARNING_RATE = 'learningRate'
const EPOCHS = 'epochs'

export function deriveBoard(nodes: readonly BoardSource[], catalog: Catalog): DerivedBoard {
  const charts: DerivedPin<BoardChart>[] = []
  const rates: DerivedPin<BoardControl>[] = []
  const epochs: DerivedPin<BoardControl>[] = []
  const seen = new Set<string>()
  for (const n of nodes) {
    const schema = catalog.get(n.type)
    // A duplicate id is reported on its node; the board pins the first.
    if (!schema || seen.has(n.id)) continue
    seen.add(n.id)
    for (const [port, out] of Object.entries(schema.outputs)) {
      if (out.type === 'Chart') charts.push({ pin: { node: n.id, port, size: 'medium' }, nodeIndex: n.index })
    }
    const optimizer = Object.values(schema.outputs).some((o) => o.type === 'Optimizer')
    if (optimizer && Object.hasOwn(schema.params, LEARNING_RATE)) rates.push({ pin: { node: n.id, param: LEARNING_RATE }, nodeIndex: n.index })
    if (schema.longRunning === true && Object.hasOwn(schema.params, EPOCHS)) epochs.push({ pin: { node: n.id, param: EPOCHS }, nodeIndex: n.index })
  }
  // A lone chart is the lesson: it gets the whole row.
  if (charts.length === 1) charts[0] = { ...charts[0], pin: { ...charts[0].pin, size: 'large' } }
  return { charts, controls: [...rates, ...epochs] }
}

export function defaultBoard(nodes: readonly BoardSource[], catalog: Catalog): Board {
  const derived = deriveBoard(nodes, catalog)
  return { charts: derived.charts.map((c) => c.pin), controls: derived.controls.map((c) => c.pin) }
}
