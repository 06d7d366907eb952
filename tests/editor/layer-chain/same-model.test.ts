import { describe, expect, it } from 'vitest'
import { createRegistry } from '../../../nodes/index.ts'
import { withDefaults } from '../../../src/graph/defaults.ts'
import { defaultParams } from '../../../src/graph/defaults.ts'
import type { GraphDocument, GraphNode, LayerEntryValue, ParamValues } from '../../../src/graph/graph-file.ts'
import { Runtime } from '../../../src/runtime/runtime.ts'
import { Port } from '../../../src/runtime/ports.ts'
import { collapseIntoSequential } from '../../../src/editor/layer-chain/collapse.ts'
import { expandIntoLayers } from '../../../src/editor/layer-chain/expand.ts'
import { graph, link, node } from '../../runtime/helpers/test-nodes.ts'

const registry = createRegistry()
const defaultsOf = (type: string): ParamValues => {
  const schema = registry.get(type)
  if (!schema) throw new Error(`no ${type}`)
  return defaultParams(schema)
}

/** iris → standardize → `model` nodes → trainer (mse, Adam), recording its weights at every step. */
function training(model: GraphNode[], links: ReturnType<typeof link>[], last: string): GraphDocument {
  return withDefaults(
    graph(
      [
        node('iris', 'data/iris'),
        node('std', 'preprocess/standardize'),
        ...model,
        node('mse', 'loss/mse'),
        node('adam', 'optimizer/adam', { learningRate: 0.01 }),
        node('fit', 'train/trainer', { epochs: 3, batchSize: 30, seed: 2, recordTrajectory: true }),
      ],
      [link('iris', 'dataset', 'std', 'data'), ...links, link(last, 'model', 'fit', 'model'), link('mse', 'loss', 'fit', 'loss'), link('adam', 'optimizer', 'fit', 'optimizer')],
    ),
    registry,
  )
}

/** Input → Dense(8, tanh) → batch normalization → Dropout(0.3) → Dense(1): every layer kind, seed 7. */
const chain = (): GraphDocument =>
  training(
    [
      node('in', 'model/input', { seed: 7 }),
      node('d1', 'model/dense', { units: 8, activation: 'tanh', l2: 0.01 }),
      node('bn', 'model/batch-normalization', { momentum: 0.9 }),
      node('drop', 'model/dropout', { rate: 0.3 }),
      node('act', 'model/activation', { activation: 'gelu' }),
      node('out', 'model/dense', { units: 1, activation: 'linear' }),
    ],
    [link('std', 'dataset', 'in', 'data'), link('in', 'model', 'd1', 'model'), link('d1', 'model', 'bn', 'model'), link('bn', 'model', 'drop', 'model'), link('drop', 'model', 'act', 'model'), link('act', 'model', 'out', 'model')],
    'out',
  )

/** The trainer's epoch history and every recorded weight vector, after a headless run. */
async function run(doc: GraphDocument) {
  const r = new Runtime(registry, { autoplay: true })
  try {
    r.load(doc)
    await r.whenIdle()
    const s = r.value('fit', 'training', Port.Training)
    if (!s || s.status !== 'done') throw new Error(`the run did not finish: ${s?.error ?? 'no snapshot'}`)
    return { history: s.history, trajectory: s.trajectory, layers: s.layerNames }
  } finally {
    r.dispose()
  }
}

const CHAIN_IDS = ['in', 'd1', 'bn', 'drop', 'act', 'out']

function collapsed(): GraphDocument {
  const edit = collapseIntoSequential(chain(), CHAIN_IDS, defaultsOf('model/sequential'))
  if (!edit.ok) throw new Error(edit.reason)
  return edit.doc
}

describe('Collapse into Sequential', () => {
  it('puts the chain’s layers, named for their nodes, into one Sequential node wired where the chain was', () => {
    const doc = collapsed()
    const seq = doc.nodes.find((n) => n.type === 'model/sequential')
    expect(doc.nodes.map((n) => n.id)).toEqual(['iris', 'std', 'sequential', 'mse', 'adam', 'fit'])
    expect(seq?.params.layers).toEqual([
      { type: 'dense', units: 8, activation: 'tanh', l2: 0.01, name: 'd1' },
      { type: 'batchnorm', momentum: 0.9, name: 'bn' },
      { type: 'dropout', rate: 0.3, name: 'drop' },
      { type: 'activation', activation: 'gelu', name: 'act' },
      { type: 'dense', units: 1, name: 'out' },
    ])
    expect(seq?.params.seed).toBe(7)
    expect(doc.connections.filter((c) => c.from.node === 'sequential' || c.to.node === 'sequential')).toEqual([link('std', 'dataset', 'sequential', 'data'), link('sequential', 'model', 'fit', 'model')])
  })

  it('gives a run bit-identical to the chain’s: the same history and the same weights at every step', async () => {
    const [before, after] = [await run(chain()), await run(collapsed())]
    expect(before.trajectory?.length).toBeGreaterThan(10)
    expect(after.history).toEqual(before.history)
    expect(after.trajectory).toEqual(before.trajectory)
    expect(after.layers).toEqual(before.layers)
  })

  it('keeps an Input without data in front of the Sequential node', () => {
    const doc = withDefaults(graph([node('in', 'model/input', { features: 3 }), node('a', 'model/dense', { units: 4 }), node('b', 'model/dropout')], [link('in', 'model', 'a', 'model'), link('a', 'model', 'b', 'model')]), registry)
    const edit = collapseIntoSequential(doc, ['in', 'a', 'b'], defaultsOf('model/sequential'))
    if (!edit.ok) throw new Error(edit.reason)
    expect(edit.doc.nodes.map((n) => n.id)).toEqual(['in', 'sequential'])
    expect(edit.doc.connections).toEqual([link('in', 'model', 'sequential', 'model')])
  })

  it('refuses a selection whose middle layer also feeds a node outside it, naming both', () => {
    const doc = chain()
    doc.nodes.push({ id: 'summary', type: 'model/summary', position: [0, 0], params: {} })
    doc.connections.push(link('bn', 'model', 'summary', 'model'))
    const edit = collapseIntoSequential(doc, CHAIN_IDS, defaultsOf('model/sequential'))
    expect(edit).toEqual({ ok: false, reason: '"bn" also feeds "summary": only the last layer of the chain may feed nodes outside it' })
  })

  it('refuses a selection that is not one chain, and a node that is not a layer', () => {
    const doc = chain()
    expect(collapseIntoSequential(doc, ['d1', 'drop'], defaultsOf('model/sequential'))).toMatchObject({ ok: false, reason: expect.stringMatching(/not one chain/) })
    expect(collapseIntoSequential(doc, ['out', 'fit'], defaultsOf('model/sequential'))).toMatchObject({ ok: false, reason: expect.stringMatching(/"fit" \(train\/trainer\) is not a layer node/) })
  })

  it('refuses a Dense that starts from given values, which a layer list cannot hold', () => {
    const doc = chain()
    const d1 = doc.nodes.find((n) => n.id === 'd1') as GraphNode
    d1.params.biasInitializer = 'values'
    expect(collapseIntoSequential(doc, CHAIN_IDS, defaultsOf('model/sequential'))).toMatchObject({ ok: false, reason: 'Dense "d1" starts from weights given as values, which a Sequential layer cannot hold' })
  })
})

describe('Expand into layers', () => {
  it('turns a collapsed chain back into layer nodes with the same ids and wires', () => {
    const edit = expandIntoLayers(collapsed(), 'sequential', defaultsOf, 300)
    if (!edit.ok) throw new Error(edit.reason)
    // The Input was absorbed into the Sequential: the first Dense starts the model again.
    expect(edit.nodeIds).toEqual(['d1', 'bn', 'drop', 'act', 'out'])
    expect(edit.doc.connections).toContainEqual(link('std', 'dataset', 'd1', 'data'))
    expect(edit.doc.connections).toContainEqual(link('out', 'model', 'fit', 'model'))
    expect(edit.doc.nodes.find((n) => n.id === 'd1')?.params).toMatchObject({ units: 8, activation: 'tanh', l2: 0.01, seed: 7 })
    expect(edit.doc.nodes.find((n) => n.id === 'out')?.params).toMatchObject({ units: 1, activation: 'linear' })
  })

  it('gives a run bit-identical to the Sequential node’s', async () => {
    const doc = collapsed()
    const edit = expandIntoLayers(doc, 'sequential', defaultsOf, 300)
    if (!edit.ok) throw new Error(edit.reason)
    const [before, after] = [await run(doc), await run(edit.doc)]
    expect(after.history).toEqual(before.history)
    expect(after.trajectory).toEqual(before.trajectory)
  })

  it('starts with an Input node when the first layer is not a Dense, and the run is the same', async () => {
    const layers: LayerEntryValue[] = [{ type: 'batchnorm' }, { type: 'dense', units: 6, activation: 'elu' }, { type: 'dropout', rate: 0.2 }, { type: 'dense', units: 1 }]
    const doc = training([node('seq', 'model/sequential', { layers, seed: 3 })], [link('std', 'dataset', 'seq', 'data')], 'seq')
    const edit = expandIntoLayers(doc, 'seq', defaultsOf, 300)
    if (!edit.ok) throw new Error(edit.reason)
    expect(edit.doc.nodes.map((n) => n.type).slice(2, 7)).toEqual(['model/input', 'model/batch-normalization', 'model/dense', 'model/dropout', 'model/dense'])
    const [before, after] = [await run(doc), await run(edit.doc)]
    expect(after.history).toEqual(before.history)
    expect(after.trajectory).toEqual(before.trajectory)
  })

  it('refuses a dropout layer with a seed of its own, which a Dropout node does not hold', () => {
    const doc = training([node('seq', 'model/sequential', { layers: [{ type: 'dense', units: 2 }, { type: 'dropout', rate: 0.5, seed: 4 }] })], [link('std', 'dataset', 'seq', 'data')], 'seq')
    expect(expandIntoLayers(doc, 'seq', defaultsOf, 300)).toEqual({ ok: false, reason: 'layers[1] (dropout) has a seed of its own, which a Dropout node does not hold' })
  })
})
