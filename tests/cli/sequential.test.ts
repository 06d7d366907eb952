import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { GraphDocument } from '../../src/graph/graph-file.ts'
import { IRIS_EXAMPLE, flowgrad, tempDir, writeGraph } from './helpers.ts'

const KEPT = new Set(['iris', 'shuffle', 'onehot', 'standardize', 'std-loss', 'std-adam', 'fit-std'])
const LAYERS = [
  { type: 'dense', units: 256, activation: 'relu' },
  { type: 'dense', units: 256, activation: 'relu' },
  { type: 'dense', units: 256, activation: 'relu' },
  { type: 'dense', units: 3, activation: 'softmax' },
]

/** The iris example's standardized branch with its Input → Dense ×4 chain replaced by one Sequential node. */
function sequentialIris(): GraphDocument {
  const doc = JSON.parse(readFileSync(IRIS_EXAMPLE, 'utf8')) as GraphDocument
  doc.nodes = doc.nodes.filter((n) => KEPT.has(n.id))
  doc.nodes.push({ id: 'seq', type: 'model/sequential', position: [400, 300], params: { layers: LAYERS, seed: 0 } })
  doc.connections = doc.connections.filter((c) => KEPT.has(c.from.node) && KEPT.has(c.to.node))
  if (doc.board) doc.board = { charts: doc.board.charts.filter((c) => KEPT.has(c.node)), controls: doc.board.controls.filter((c) => KEPT.has(c.node)) }
  doc.connections.push({ from: { node: 'standardize', port: 'dataset' }, to: { node: 'seq', port: 'data' } })
  doc.connections.push({ from: { node: 'seq', port: 'model' }, to: { node: 'fit-std', port: 'model' } })
  return doc
}

interface RunJson {
  [trainer: string]: { history: Record<string, number>[] }
}

const runJson = (dir: string): RunJson => JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8')) as RunJson

describe('a Sequential node in place of the iris example’s layer chain', () => {
  let dir = ''
  let file = ''
  beforeAll(() => {
    dir = tempDir()
    file = writeGraph(dir, 'seq.flowgrad.json', JSON.stringify(sequentialIris()))
  })

  it('trains to a history identical, number for number, to the example’s fit-std', () => {
    const example = flowgrad(['run', IRIS_EXAMPLE, '--out', join(dir, 'example')])
    const sequential = flowgrad(['run', file, '--out', join(dir, 'seq')])
    expect([example.code, sequential.code]).toEqual([0, 0])
    const expected = runJson(join(dir, 'example'))['fit-std'].history
    expect(expected).toHaveLength(100)
    expect(runJson(join(dir, 'seq'))['fit-std'].history).toEqual(expected)
  }, 240_000)

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
