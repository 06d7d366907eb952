import { describe, expect, it } from 'vitest'
import { createRegistry } from '../../nodes/index.ts'
import { AppStore } from '../../src/editor/store.ts'
import { BoardActions } from '../../src/editor/board-actions.ts'
import { currentSource, feeding, sourceChoices } from '../../src/editor/input-sources.ts'
import { controlAccess } from '../../src/editor/lesson-rules.ts'
import type { ToWorker } from '../../src/editor/worker/protocol.ts'
import type { GraphDocument } from '../../src/graph/index.ts'

const catalog = createRegistry()
const optimizerOfFit = { node: 'fit', port: 'optimizer' }

function race(): GraphDocument {
  return {
    format: 'flowgrad',
    version: 2,
    meta: { title: 'race' },
    board: { charts: [], controls: [{ node: 'fit', input: 'optimizer' }] },
    nodes: [
      { id: 'sgd', type: 'optimizer/sgd', title: 'SGD', position: [0, 0], params: {} },
      { id: 'adam', type: 'optimizer/adam', position: [0, 200], params: {} },
      { id: 'mse', type: 'loss/mse', position: [0, 400], params: {} },
      { id: 'fit', type: 'train/trainer', position: [300, 0], params: {} },
    ],
    connections: [{ from: { node: 'sgd', port: 'optimizer' }, to: optimizerOfFit }],
    tweaks: [],
  }
}

describe('the choice of source of a pinned input', () => {
  it('offers the nodes whose output fits the input, by their titles', () => {
    expect(sourceChoices(race(), catalog, optimizerOfFit)).toEqual([
      { from: { node: 'sgd', port: 'optimizer' }, label: 'SGD' },
      { from: { node: 'adam', port: 'optimizer' }, label: 'Adam' },
    ])
  })

  it('tells a choice apart by its id only from another choice of the same title, not from other nodes', () => {
    const doc = race()
    doc.nodes.push({ id: 'sgd-2', type: 'optimizer/sgd', title: 'SGD', position: [0, 600], params: {} })
    doc.nodes = doc.nodes.map((n) => (n.id === 'fit' ? { ...n, title: 'Adam' } : n))
    expect(sourceChoices(doc, catalog, optimizerOfFit).map((c) => c.label)).toEqual(['SGD (sgd)', 'Adam', 'SGD (sgd-2)'])
  })

  it('knows what feeds the input now', () => {
    expect(currentSource(race(), optimizerOfFit)).toEqual({ node: 'sgd', port: 'optimizer' })
  })

  it('a choice is one undoable edit that replaces the wire, sent to the runtime as one change', () => {
    const sent: ToWorker[] = []
    const store = new AppStore(catalog, { send: (m) => sent.push(m) })
    store.load(race())
    sent.length = 0
    store.connect(feeding({ node: 'adam', port: 'optimizer' }, optimizerOfFit))
    expect(currentSource(store.doc, optimizerOfFit)).toEqual({ node: 'adam', port: 'optimizer' })
    expect(sent.map((m) => m.kind)).toEqual(['edits'])
    store.undo()
    expect(currentSource(store.doc, optimizerOfFit)).toEqual({ node: 'sgd', port: 'optimizer' })
  })
})

describe('pinning an input', () => {
  it('pins and unpins beside the params, as an edit', () => {
    const sent: ToWorker[] = []
    const store = new AppStore(catalog, { send: (m) => sent.push(m) })
    store.load({ ...race(), board: { charts: [], controls: [{ node: 'adam', param: 'learningRate' }] } })
    const board = new BoardActions(store, catalog)
    board.pin({ kind: 'input', node: 'fit', input: 'optimizer' }, true)
    expect(store.doc.board?.controls).toEqual([{ node: 'adam', param: 'learningRate' }, { node: 'fit', input: 'optimizer' }])
    board.pin({ kind: 'input', node: 'fit', input: 'optimizer' }, false)
    expect(store.doc.board?.controls).toEqual([{ node: 'adam', param: 'learningRate' }])
  })

  it('a lock on the input, or on its node, locks the choice; a lock on a param of that name does not', () => {
    expect(controlAccess({ locked: [{ node: 'fit', input: 'optimizer' }], hidden: [] }, { node: 'fit', input: 'optimizer' })).toBe('locked')
    expect(controlAccess({ locked: [{ node: 'fit' }], hidden: [] }, { node: 'fit', input: 'optimizer' })).toBe('locked')
    expect(controlAccess({ locked: [{ node: 'fit', param: 'optimizer' }], hidden: [] }, { node: 'fit', input: 'optimizer' })).toBe('open')
  })
})
