import { describe, expect, it } from 'vitest'
import { createRegistry } from '../../nodes/index.ts'
import { AppStore } from '../../src/editor/store.ts'
import { BoardActions } from '../../src/editor/board-actions.ts'
import type { ToWorker } from '../../src/editor/worker/protocol.ts'
import { fragmentText } from '../../src/editor/clipboard.ts'
import { readGraphText } from '../../src/editor/graph-text.ts'
import type { GraphDocument } from '../../src/graph/index.ts'

const catalog = createRegistry()

function setup(): { store: AppStore; board: BoardActions; sent: ToWorker[] } {
  const sent: ToWorker[] = []
  const store = new AppStore(catalog, { send: (m) => sent.push(m) })
  const doc: GraphDocument = {
    format: 'flowgrad',
    version: 2,
    meta: { title: 'pins' },
    board: { charts: [], controls: [] },
    nodes: [
      { id: 'adam', type: 'optimizer/adam', position: [0, 0], params: {} },
      { id: 'curves', type: 'plot/training-curves', position: [300, 0], params: {} },
    ],
    connections: [],
    tweaks: [],
  }
  store.load(doc)
  return { store, board: new BoardActions(store, catalog), sent }
}

describe('pins on the board', () => {
  it('pin a plot node\'s chart output by its node', () => {
    const { store, board } = setup()
    board.pinChart('curves', true)
    expect(store.doc.board?.charts).toEqual([{ node: 'curves', port: 'chart', size: 'medium' }])
  })

  it('are undone like any other edit', () => {
    const { store, board } = setup()
    board.pin({ kind: 'control', node: 'adam', param: 'learningRate' }, true)
    store.undo()
    expect(store.doc.board?.controls).toEqual([])
  })

  it('go with the node they pin', () => {
    const { store, board } = setup()
    board.pin({ kind: 'control', node: 'adam', param: 'learningRate' }, true)
    board.pinChart('curves', true)
    store.removeNodes(['adam'])
    expect(store.doc.board).toEqual({ charts: [{ node: 'curves', port: 'chart', size: 'medium' }], controls: [] })
  })

  it('send the runtime nothing: the board is the page\'s, not the computation\'s', () => {
    const { board, sent } = setup()
    sent.length = 0
    board.pinChart('curves', true)
    board.resizeChart('curves', 'chart', 'large')
    expect(sent).toEqual([])
  })

  it('a pin asked for twice is one pin and one edit', () => {
    const { store, board } = setup()
    board.pinChart('curves', true)
    board.pinChart('curves', true)
    store.undo()
    expect(store.doc.board?.charts).toEqual([])
  })
})

describe('a copied fragment', () => {
  it('keeps the pins of the nodes it holds and drops the others, so it opens as a graph', () => {
    const { store, board } = setup()
    board.pin({ kind: 'control', node: 'adam', param: 'learningRate' }, true)
    board.pinChart('curves', true)
    const parsed = readGraphText(fragmentText(store.doc, ['adam']), catalog)
    expect(parsed.ok && parsed.doc.board).toEqual({ charts: [], controls: [{ node: 'adam', param: 'learningRate' }] })
  })
})
