import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { GraphDocument, ParamValues } from '../../src/graph/graph-file.ts'
import { IRIS_EXAMPLE, flowgrad, tempDir, writeGraph } from './helpers.ts'

const KEPT = new Set(['iris', 'shuffle', 'onehot', 'standardize', 'std-loss', 'std-adam', 'fit-std'])
const CHAIN: { id: string; type: string; params: ParamValues }[] = [
  { id: 'in', type: 'model/input', params: {} },
  { id: 'd1', type: 'model/dense', params: { units: 256, activation: 'relu' } },
  { id: 'd2', type: 'model/dense', params: { units: 256, activation: 'relu' } },
  { id: 'd3', type: 'model/dense', params: { units: 256, activation: 'relu' } },
  { id: 'out', type: 'model/dense', params: { units: 3, activation: 'softmax' } },
]

/**
 * The iris example's standardized branch with its Sequential node (dense 256 relu ×3, dense 3
 * softmax, seed 0) replaced by the equivalent chain Input → Dense ×4, as the example was built before.
 */
function chainIris(): GraphDocument {
  const doc = JSON.parse(readFileSync(IRIS_EXAMPLE, 'utf8')) as GraphDocument
  const seq = doc.nodes.find((n) => n.id === 'std-model')
  expect(seq?.params).toMatchObject({ seed: 0, layers: [...Array(3).fill({ type: 'dense', units: 256, activation: 'relu' }), { type: 'dense', units: 3, activation: 'softmax' }] })
  doc.nodes = doc.nodes.filter((n) => KEPT.has(n.id))
  CHAIN.forEach((n, i) => doc.nodes.push({ ...n, position: [1300 + 300 * i, 400] }))
  doc.connections = doc.connections.filter((c) => KEPT.has(c.from.node) && KEPT.has(c.to.node))
  const wire = (from: string, fromPort: string, to: string, toPort: string) => doc.connections.push({ from: { node: from, port: fromPort }, to: { node: to, port: toPort } })
  wire('standardize', 'dataset', 'in', 'data')
  CHAIN.slice(1).forEach((n, i) => wire(CHAIN[i].id, 'model', n.id, 'model'))
  wire('out', 'model', 'fit-std', 'model')
  return doc
}

interface RunJson {
  [trainer: string]: { history: Record<string, number>[] }
}

const runJson = (dir: string): RunJson => JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8')) as RunJson

describe('the iris example’s Sequential node', () => {
  let dir = ''
  beforeAll(() => {
    dir = tempDir()
  })

  it('trains fit-std to a history identical, number for number, to the equivalent chain of layer nodes', () => {
    const chain = writeGraph(dir, 'chain.flowgrad.json', JSON.stringify(chainIris()))
    const example = flowgrad(['run', IRIS_EXAMPLE, '--out', join(dir, 'example')])
    const chained = flowgrad(['run', chain, '--out', join(dir, 'chain')])
    expect([example.code, chained.code]).toEqual([0, 0])
    const expected = runJson(join(dir, 'chain'))['fit-std'].history
    expect(expected).toHaveLength(100)
    expect(runJson(join(dir, 'example'))['fit-std'].history).toEqual(expected)
  }, 240_000)

  it('takes a new layer list as JSON through --set', () => {
    const layers = JSON.stringify([{ type: 'dense', units: 8, activation: 'gelu' }, { type: 'dropout', rate: 0.5 }, { type: 'batchnorm' }, { type: 'dense', units: 3, activation: 'softmax' }])
    const r = flowgrad(['run', IRIS_EXAMPLE, '--out', join(dir, 'set'), '--set', `std-model.layers=${layers}`, '--set', 'fit-std.epochs=2', '--set', 'fit-raw.epochs=1'])
    expect(r.code).toBe(0)
    expect(runJson(join(dir, 'set'))['fit-std'].history).toHaveLength(2)
  })

  it('refuses a --set layer list with a bad field, naming the layer and the field', () => {
    const r = flowgrad(['run', IRIS_EXAMPLE, '--set', 'std-model.layers=[{"type":"dense","units":4},{"type":"dropout","rate":1}]'])
    expect(r.code).not.toBe(0)
    expect(r.stderr).toContain('layers[1] (dropout): rate must be in [0, 1), got 1')
  })

  it('refuses --set text that is not JSON, saying how to write it', () => {
    const r = flowgrad(['run', IRIS_EXAMPLE, '--set', 'std-model.layers=dense 4'])
    expect(r.code).not.toBe(0)
    expect(r.stderr).toMatch(/is not JSON: give the layers as a JSON list/)
  })
})
