/**
 * Version 1 → 2: the board. A version 1 file has no lesson view, so it gets the default one
 * (default-board.ts). Which nodes are plots, optimizers or trainers only the catalog knows,
 * so this step is built for a catalog.
 */
import { deriveBoard } from './default-board.ts'
import type { BoardSource, DerivedBoard } from './default-board.ts'
import type { JsonObject, Migration } from './migrations.ts'
import type { Catalog } from './node-schema.ts'

function sources(file: JsonObject): BoardSource[] {
  const nodes = Array.isArray(file.nodes) ? (file.nodes as unknown[]) : []
  const out: BoardSource[] = []
  nodes.forEach((n, index) => {
    if (typeof n !== 'object' || n === null || Array.isArray(n)) return
    const { id, type } = n as JsonObject
    if (typeof id === 'string' && typeof type === 'string') out.push({ index, id, type })
  })
  return out
}

export function v1ToV2(catalog: Catalog): Migration {
  const derive = (file: JsonObject): DerivedBoard => deriveBoard(sources(file), catalog)
  return {
    from: 1,
    description: 'the board (pinned charts and controls) was added; older files get every plot, every learning rate and each trainer\'s epochs',
    migrate(file) {
      const { board, ...rest } = file
      // A board in a version 1 file is not ours: keep it for the schema check to name.
      if (board !== undefined) return file
      const derived = derive(rest)
      return { ...rest, board: { charts: derived.charts.map((c) => c.pin), controls: derived.controls.map((c) => c.pin) } }
    },
    pathBack(path, file) {
      const [head, list, index] = path
      if (head !== 'board' || file.board !== undefined) return [...path]
      // A derived pin stands for its node: a problem with it is a problem with that node.
      const derived = derive(file)
      const pins = list === 'charts' ? derived.charts : list === 'controls' ? derived.controls : []
      const pin = typeof index === 'number' ? pins[index] : undefined
      return pin ? ['nodes', pin.nodeIndex] : ['nodes']
    },
  }
}
