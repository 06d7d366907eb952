import { describe, expect, it, vi } from 'vitest'
import { createRegistry } from '../../nodes/index.ts'
import { AppStore } from '../../src/editor/store.ts'
import { diffDocs } from '../../src/editor/graph-diff.ts'
import type { ToWorker } from '../../src/editor/worker/protocol.ts'
import type { GraphDocument } from '../../src/graph/index.ts'

const catalog = createRegistry()

function store(): { store: AppStore; sent: ToWorker[] } {
  const sent: ToWorker[] = []
  return { store: new AppStore(catalog, { send: (m) => sent.push(m) }), sent }
}

function smallGraph(): GraphDocument {
  return {
    format: 'flowgrad',
    version: 1,
    meta: { title: 'small' },
    nodes: [
      { id: 'iris', type: 'data/iris', position: [0, 0], params: {} },
      { id: 'std', type: 'preprocess/standardize', position: [240, 0], params: {} },
    ],
    connections: [{ from: { node: 'iris', port: 'dataset' }, to: { node: 'std', port: 'data' } }],
    tweaks: [],
  }
}

describe('the editor store', () => {
  it('sends the runtime the whole graph on load', () => {
    const { store: s, sent } = store()
    s.load(smallGraph())
    expect(sent.map((m) => m.kind)).toEqual(['load'])
  })

  it('adds a node with its default params and a readable unique id', () => {
    const { store: s, sent } = store()
    s.load(smallGraph())
    const a = s.addNode('model/dense', [0, 0])
    const b = s.addNode('model/dense', [0, 0])
    expect([a, b]).toEqual(['dense', 'dense-2'])
    expect(s.doc.nodes.find((n) => n.id === 'dense')?.params).toMatchObject({ units: 32, activation: 'relu' })
    expect(sent.filter((m) => m.kind === 'addNode')).toHaveLength(2)
  })

  it('refuses an incompatible connection and says why', () => {
    const { store: s } = store()
    s.load(smallGraph())
    s.addNode('optimizer/adam', [0, 0])
    const problem = s.connect({ from: { node: 'adam', port: 'optimizer' }, to: { node: 'std', port: 'data' } })
    expect(problem).toMatch(/Optimizer.*Dataset/)
    expect(s.state.toast).toBe(problem)
    expect(s.doc.connections).toHaveLength(1)
  })

  it('replaces the wire of a single input with a second one, in one undoable edit sent as one message, and says so', () => {
    const { store: s, sent } = store()
    s.load(smallGraph())
    s.addNode('data/iris', [0, 200])
    const problem = s.connect({ from: { node: 'iris-2', port: 'dataset' }, to: { node: 'std', port: 'data' } })
    expect(problem).toBeNull()
    expect(s.doc.connections).toEqual([{ from: { node: 'iris-2', port: 'dataset' }, to: { node: 'std', port: 'data' } }])
    expect(s.state.toast).toBe('The data of Standardize now comes from Iris (iris-2), not Iris (iris).')
    // One message: a running trainer never sees the input unconnected.
    const last = sent.at(-1)
    expect(last?.kind === 'edits' ? last.edits.map((m) => m.kind) : []).toEqual(['disconnect', 'connect'])
    s.undo()
    expect(s.doc.connections).toEqual(smallGraph().connections)
  })

  it('wires a duplicate to the same sources as its original', () => {
    const { store: s } = store()
    s.load(smallGraph())
    const [copy] = s.addFragment([smallGraph().nodes[1]], smallGraph().connections, [300, 0])
    expect(copy).toBe('standardize')
    expect(s.doc.connections).toContainEqual({ from: { node: 'iris', port: 'dataset' }, to: { node: 'standardize', port: 'data' } })
  })

  it('changes nothing when an existing wire is drawn again', () => {
    const { store: s } = store()
    s.load(smallGraph())
    expect(s.connect(smallGraph().connections[0])).toBeNull()
    expect(s.doc.connections).toEqual(smallGraph().connections)
    expect(s.state.canUndo).toBe(false)
  })

  it('undoes and redoes an added node, keeping the runtime in step', () => {
    const { store: s, sent } = store()
    s.load(smallGraph())
    s.addNode('optimizer/adam', [0, 0])
    s.undo()
    expect(s.doc.nodes.map((n) => n.id)).toEqual(['iris', 'std'])
    expect(sent[sent.length - 1]).toEqual({ kind: 'removeNode', nodeId: 'adam' })
    s.redo()
    expect(s.doc.nodes.map((n) => n.id)).toEqual(['iris', 'std', 'adam'])
  })

  it('merges a slider drag into one undo step', () => {
    const { store: s } = store()
    s.load(smallGraph())
    s.addNode('optimizer/adam', [0, 0])
    for (const lr of [0.002, 0.004, 0.008]) s.setParam('adam', 'learningRate', lr, false)
    s.setParam('adam', 'learningRate', 0.01, true)
    s.undo()
    expect(s.doc.nodes.find((n) => n.id === 'adam')?.params.learningRate).toBe(0.001)
  })

  it('merges one node drag into one undo step', () => {
    const { store: s } = store()
    s.load(smallGraph())
    s.moveNode('std', [250, 10])
    s.moveNode('std', [260, 20])
    s.sealHistory()
    s.undo()
    expect(s.doc.nodes.find((n) => n.id === 'std')?.position).toEqual([240, 0])
  })

  it('records a resize as the node\'s size without telling the runtime', () => {
    const { store: s, sent } = store()
    s.load(smallGraph())
    const before = sent.length
    s.resizeNode('std', [420.4, 301.6])
    expect(s.doc.nodes.find((n) => n.id === 'std')?.size).toEqual([420, 302])
    expect(sent).toHaveLength(before)
    s.undo()
    expect(s.doc.nodes.find((n) => n.id === 'std')?.size).toBeUndefined()
  })

  it('removes a node with its connections', () => {
    const { store: s } = store()
    s.load(smallGraph())
    s.removeNodes(['iris'])
    expect(s.doc.connections).toEqual([])
  })

  it('pastes a fragment under fresh ids when its ids are taken', () => {
    const { store: s } = store()
    s.load(smallGraph())
    const ids = s.addFragment(smallGraph().nodes, smallGraph().connections, [40, 40])
    expect(ids).toEqual(['iris-2', 'standardize'])
    expect(s.doc.connections).toContainEqual({ from: { node: 'iris-2', port: 'dataset' }, to: { node: 'standardize', port: 'data' } })
  })

  it('records tweaks the runtime reports in the document', () => {
    const { store: s } = store()
    s.load(smallGraph())
    const tweak = { node: 'adam', param: 'learningRate', value: 0.01, from: 0.001, trainer: 'fit', step: 12 }
    s.receive({ kind: 'frame', nodes: {}, progress: [], tweaks: [{ tweak, continues: false }] })
    expect(s.doc.tweaks).toEqual([tweak])
  })

  it('replaces the tweak a reported change carries on, so one drag stays one tweak in the document', () => {
    const { store: s } = store()
    s.load(smallGraph())
    const first = { node: 'adam', param: 'learningRate', value: 0.01, from: 0.001, trainer: 'fit', step: 12 }
    const carried = { ...first, value: 0.02, path: [{ step: 12, value: 0.01 }, { step: 14, value: 0.02 }] }
    s.receive({ kind: 'frame', nodes: {}, progress: [], tweaks: [{ tweak: first, continues: false }] })
    s.receive({ kind: 'frame', nodes: {}, progress: [], tweaks: [{ tweak: carried, continues: true }] })
    expect(s.doc.tweaks).toEqual([carried])
  })

  it('drops a trainer’s tweaks from the document when the runtime reports its run restarted, keeping those made after', () => {
    const { store: s } = store()
    s.load(smallGraph())
    const before = { node: 'fit', param: 'batchSize', value: 10, from: 30, trainer: 'fit', step: 10 }
    const after = { ...before, value: 5, from: 10, step: 4 }
    s.receive({ kind: 'frame', nodes: {}, progress: [], tweaks: [{ tweak: before, continues: false }, { restarted: 'fit' }, { tweak: after, continues: false }] })
    expect(s.doc.tweaks).toEqual([after])
  })

  it('keeps the tweaks a run recorded through an undo: the undo is a new change, not the recorded one unmade', () => {
    const { store: s } = store()
    s.load(smallGraph())
    s.addNode('optimizer/adam', [0, 200])
    const fit = s.addNode('train/trainer', [240, 200]) ?? ''
    s.setParam('adam', 'learningRate', 0.01)
    const tweak = { node: 'adam', param: 'learningRate', value: 0.01, from: 0.001, trainer: fit, step: 12 }
    s.receive({ kind: 'frame', nodes: {}, progress: [], tweaks: [{ tweak, continues: false }] })
    s.undo()
    expect([s.doc.nodes.find((n) => n.id === 'adam')?.params.learningRate, s.doc.tweaks]).toEqual([0.001, [tweak]])
  })

  it('takes down the toast of an edit when it is undone', () => {
    const { store: s } = store()
    s.load(smallGraph())
    s.addNode('data/iris', [0, 200])
    s.connect({ from: { node: 'iris-2', port: 'dataset' }, to: { node: 'std', port: 'data' } })
    s.undo()
    expect(s.state.toast).toBeNull()
  })

  it('brings a trainer back with its tweaks when an undo brings back the graph it was in', () => {
    const { store: s } = store()
    s.load(smallGraph())
    const fit = s.addNode('train/trainer', [240, 200]) ?? ''
    const tweak = { node: fit, param: 'batchSize', value: 10, from: 30, trainer: fit, step: 10 }
    s.receive({ kind: 'frame', nodes: {}, progress: [], tweaks: [{ tweak, continues: false }] })
    s.commit({ ...s.doc, nodes: [], connections: [], tweaks: [] })
    s.undo()
    expect(s.doc.tweaks).toEqual([tweak])
  })

  it('hands the runtime one gesture id for all the edits of one slider drag', () => {
    const { store: s, sent } = store()
    s.load(smallGraph())
    s.addNode('optimizer/adam', [0, 0])
    s.setParam('adam', 'learningRate', 0.002, false)
    s.setParam('adam', 'learningRate', 0.003, false)
    s.setParam('adam', 'learningRate', 0.004, true)
    const gestures = sent.flatMap((m) => (m.kind === 'setParam' ? [m.gesture] : []))
    expect(gestures).toHaveLength(3)
    expect(new Set(gestures).size).toBe(1)
  })
})

describe('diffDocs', () => {
  it('turns a param change into one setParam', () => {
    const a = smallGraph()
    const b = structuredClone(a)
    b.nodes[0].params = { seed: 3 }
    expect(diffDocs(a, b)).toEqual([{ kind: 'setParam', nodeId: 'iris', name: 'seed', value: 3 }])
  })

  it('ignores moves, which the runtime does not need', () => {
    const a = smallGraph()
    const b = structuredClone(a)
    b.nodes[0].position = [99, 99]
    expect(diffDocs(a, b)).toEqual([])
  })

  it('removes a node together with its connections and adds nodes before connecting them', () => {
    const a = smallGraph()
    const b: GraphDocument = { ...structuredClone(a), nodes: [a.nodes[0], { id: 'n2', type: 'preprocess/one-hot', position: [0, 0], params: {} }], connections: [{ from: { node: 'iris', port: 'dataset' }, to: { node: 'n2', port: 'data' } }] }
    expect(diffDocs(a, b).map((op) => op.kind)).toEqual(['removeNode', 'addNode', 'connect'])
  })

  it('replaces a node whose type changed and reconnects it', () => {
    const a = smallGraph()
    const b = structuredClone(a)
    b.nodes[1].type = 'preprocess/one-hot'
    expect(diffDocs(a, b).map((op) => op.kind)).toEqual(['removeNode', 'addNode', 'connect'])
  })
})

describe('diffDocs with a removed connection only', () => {
  it('disconnects a connection whose nodes both stay', () => {
    const a = smallGraph()
    const b = { ...structuredClone(a), connections: [] }
    expect(diffDocs(a, b)).toEqual([{ kind: 'disconnect', connection: a.connections[0] }])
  })

  it('lets a toast go by itself after a few seconds, and keeps a lasting one until it is replaced', () => {
    vi.useFakeTimers()
    try {
      const { store: s } = store()
      s.toast('Link copied')
      vi.advanceTimersByTime(3000)
      const shortly = s.state.toast
      vi.advanceTimersByTime(10_000)
      const later = s.state.toast
      s.toast('Exporting to ONNX: training the graph first…', true)
      vi.advanceTimersByTime(60_000)
      expect([shortly, later, s.state.toast]).toEqual(['Link copied', null, 'Exporting to ONNX: training the graph first…'])
    } finally {
      vi.useRealTimers()
    }
  })
})
