import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { GraphDocument, ParamValues } from '../../src/graph/graph-file.ts'
import { IRIS_EXAMPLE, flowgrad, tempDir, writeGraph } from './helpers.ts'

const KEPT = new Set(['iris', 'shuffle', 'onehot', 'standardize', 'loss', 'std-adam', 'fit-std'])
const LAYERS = [
  { type: 'dense', units: 256, activation: 'relu' },
  { type: 'dense', units: 256, activation: 'relu' },
  { type: 'dense', units: 256, activation: 'relu' },
  { type: 'dense', units: 3, activation: 'softmax' },
]
/** The same network as a chain of layer nodes: Input → Dense ×4, as the example was built before. */
const CHAIN: { id: string; type: string; params: ParamValues }[] = [
  { id: 'in', type: 'model/input', params: {} },
  { id: 'd1', type: 'model/dense', params: { units: 256, activation: 'relu' } },
  { id: 'd2', type: 'model/dense', params: { units: 256, activation: 'relu' } },
  { id: 'd3', type: 'model/dense', params: { units: 256, activation: 'relu' } },
  { id: 'out', type: 'model/dense', params: { units: 3, activation: 'softmax' } },
]

/** The iris example's standardized branch (data, loss, Adam, fit-std) with `model` nodes, wired in a chain, in place of its own. */
function irisWith(model: { id: string; type: string; params: ParamValues }[]): GraphDocument {
  const doc = JSON.parse(readFileSync(IRIS_EXAMPLE, 'utf8')) as GraphDocument
  doc.nodes = doc.nodes.filter((n) => KEPT.has(n.id))
  model.forEach((n, i) => doc.nodes.push({ ...n, position: [1300 + 300 * i, 400] }))
  doc.connections = doc.connections.filter((c) => KEPT.has(c.from.node) && KEPT.has(c.to.node))
  if (doc.board) doc.board = { charts: doc.board.charts.filter((c) => KEPT.has(c.node)), controls: doc.board.controls.filter((c) => KEPT.has(c.node)) }
  const wire = (from: string, fromPort: string, to: string, toPort: string) => doc.connections.push({ from: { node: from, port: fromPort }, to: { node: to, port: toPort } })
  wire('standardize', 'dataset', model[0].id, 'data')
  model.slice(1).forEach((n, i) => wire(model[i].id, 'model', n.id, 'model'))
  wire(model[model.length - 1].id, 'model', 'fit-std', 'model')
  return doc
}

interface RunJson {
  [trainer: string]: { history: Record<string, number>[] }
}

const runJson = (dir: string): RunJson => JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8')) as RunJson

describe('a Sequential node fed by the iris example’s standardized data', () => {
  let dir = ''
  let file = ''
  beforeAll(() => {
    dir = tempDir()
    file = writeGraph(dir, 'seq.flowgrad.json', JSON.stringify(irisWith([{ id: 'seq', type: 'model/sequential', params: { layers: LAYERS, seed: 0 } }])))
  })

  it('trains to a history identical, number for number, to the example’s fit-std, and so does the chain of layer nodes', () => {
    const chain = writeGraph(dir, 'chain.flowgrad.json', JSON.stringify(irisWith(CHAIN)))
    const example = flowgrad(['run', IRIS_EXAMPLE, '--out', join(dir, 'example')])
    const sequential = flowgrad(['run', file, '--out', join(dir, 'seq')])
    const chained = flowgrad(['run', chain, '--out', join(dir, 'chain')])
    expect([example.code, sequential.code, chained.code]).toEqual([0, 0, 0])
    const expected = runJson(join(dir, 'example'))['fit-std'].history
    expect(expected).toHaveLength(100)
    expect(runJson(join(dir, 'seq'))['fit-std'].history).toEqual(expected)
    expect(runJson(join(dir, 'chain'))['fit-std'].history).toEqual(expected)
  }, 480_000)

  it('takes a new layer list as JSON through --set', () => {
    const layers = JSON.stringify([{ type: 'dense', units: 8, activation: 'gelu' }, { type: 'dropout', rate: 0.5 }, { type: 'batchnorm' }, { type: 'dense', units: 3, activation: 'softmax' }])
    const r = flowgrad(['run', file, '--out', join(dir, 'set'), '--set', `seq.layers=${layers}`, '--set', 'fit-std.epochs=2'])
    expect(r.code).toBe(0)
    expect(runJson(join(dir, 'set'))['fit-std'].history).toHaveLength(2)
  })

  it('refuses a --set layer list with a bad field, naming the layer and the field', () => {
    const r = flowgrad(['run', file, '--set', 'seq.layers=[{"type":"dense","units":4},{"type":"dropout","rate":1}]'])
    expect(r.code).not.toBe(0)
    expect(r.stderr).toContain('layers[1] (dropout): rate must be in [0, 1), got 1')
  })

  it('is exported with its layers named as Keras names them', () => {
    const r = flowgrad(['export', file, '--to', 'pytorch', '--out', join(dir, 'export')])
    expect(r.code).toBe(0)
    const script = readFileSync(join(dir, 'export', 'train.py'), 'utf8')
    expect(script).toContain('("dense", Dense(inputs=4, units=256, activation="relu")),')
    expect(script).toContain('("dense_3", Dense(inputs=256, units=3, activation="softmax")),')
  })

  it('refuses --set text that is not JSON, saying how to write it', () => {
    const r = flowgrad(['run', file, '--set', 'seq.layers=dense 4'])
    expect(r.code).not.toBe(0)
    expect(r.stderr).toMatch(/is not JSON: give the layers as a JSON list/)
  })
})

describe('flowgrad nodes', () => {
  it('lists the Sequential node and a node per new layer', () => {
    const r = flowgrad(['nodes'])
    expect(r.code).toBe(0)
    for (const type of ['model/sequential', 'model/dropout', 'model/batch-normalization', 'model/activation']) expect(r.stdout).toContain(type)
  })
})
