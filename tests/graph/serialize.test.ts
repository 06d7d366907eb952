import { describe, expect, it } from 'vitest'
import type { GraphDocument } from '../../src/graph/graph-file.ts'
import { parseGraph } from '../../src/graph/load.ts'
import { serializeGraph } from '../../src/graph/serialize.ts'
import { catalog } from './helpers/catalog.ts'
import { sampleFile, text } from './helpers/graphs.ts'

function load(body: string): GraphDocument {
  const { document, problems } = parseGraph(body, catalog)
  if (!document || problems.length > 0) throw new Error(`expected a valid graph: ${JSON.stringify(problems)}`)
  return document
}

const small: GraphDocument = {
  format: 'flowgrad',
  version: 1,
  meta: { title: 'Small', description: 'Two nodes.' },
  nodes: [
    { id: 'fit', type: 'train/trainer', position: [420, 80], params: { shuffle: false, epochs: 5 } },
    { id: 'adam', type: 'optimizer/adam', title: 'Adam', position: [200, 80], params: { learningRate: 0.001, beta1: 0.9 } },
  ],
  connections: [{ from: { node: 'adam', port: 'optimizer' }, to: { node: 'fit', port: 'optimizer' } }],
  tweaks: [{ node: 'adam', param: 'learningRate', value: 0.01, trainer: 'fit', step: 3 }],
}

describe('saving a graph', () => {
  it('writes a stable key order, sorted params, one-line positions and a trailing newline', () => {
    expect(serializeGraph(small)).toBe(`{
  "format": "flowgrad",
  "version": 1,
  "meta": {
    "title": "Small",
    "description": "Two nodes."
  },
  "nodes": [
    {
      "id": "fit",
      "type": "train/trainer",
      "position": [420, 80],
      "params": {
        "epochs": 5,
        "shuffle": false
      }
    },
    {
      "id": "adam",
      "type": "optimizer/adam",
      "title": "Adam",
      "position": [200, 80],
      "params": {
        "beta1": 0.9,
        "learningRate": 0.001
      }
    }
  ],
  "connections": [
    {
      "from": { "node": "adam", "port": "optimizer" },
      "to": { "node": "fit", "port": "optimizer" }
    }
  ],
  "tweaks": [
    { "node": "adam", "param": "learningRate", "value": 0.01, "trainer": "fit", "step": 3 }
  ]
}
`)
  })

  it('save → load → save is byte-identical', () => {
    const first = serializeGraph(load(text(sampleFile())))
    const second = serializeGraph(load(first))
    expect(second).toBe(first)
  })

  it('the saved text is valid JSON that loads back to the same document', () => {
    const doc = load(text(sampleFile()))
    expect(load(serializeGraph(doc))).toEqual(doc)
  })

  it('writes a resized node\'s size on one line after its position and loads it back', () => {
    const doc: GraphDocument = { ...small, nodes: [{ id: 'curves', type: 'loss/mse', position: [0, 0], size: [420, 300], params: {} }], connections: [], tweaks: [] }
    const saved = serializeGraph(doc)
    expect(saved).toContain('"position": [0, 0],\n      "size": [420, 300],\n      "params": {}')
    expect(load(saved).nodes[0].size).toEqual([420, 300])
  })

  it('writes a gesture tweak’s path on its line and loads it back', () => {
    const gesture = { node: 'adam', param: 'learningRate', value: 0.04, from: 0.01, trainer: 'fit', step: 3, path: [{ step: 3, value: 0.02 }, { step: 5, value: 0.04 }] }
    const doc = load(text(sampleFile()))
    const saved = serializeGraph({ ...doc, tweaks: [gesture] })
    expect(saved).toContain('"step": 3, "path": [{ "step": 3, "value": 0.02 }, { "step": 5, "value": 0.04 }] }')
    expect(load(saved).tweaks).toEqual([gesture])
  })

  it('empty lists and params are written compactly', () => {
    const saved = serializeGraph({ format: 'flowgrad', version: 1, meta: { title: 'e' }, nodes: [{ id: 'm', type: 'loss/mse', position: [0, 0], params: {} }], connections: [], tweaks: [] })
    expect(saved).toContain('"params": {}')
    expect(saved).toContain('"connections": []')
    expect(saved).toContain('"tweaks": []')
  })

  it('short number lists stay on one line and long ones wrap', () => {
    const values = Array.from({ length: 40 }, (_, i) => i / 8)
    const doc: GraphDocument = {
      format: 'flowgrad',
      version: 1,
      meta: { title: 'lists' },
      nodes: [{ id: 't', type: 'math/tensor', position: [0, 0], params: { shape: [8, 5], values } }],
      connections: [],
      tweaks: [],
    }
    const saved = serializeGraph(doc)
    expect(saved).toContain('"shape": [8, 5]')
    expect(saved).toContain('"values": [\n          0, 0.125, 0.25,')
    expect(saved.split('\n').every((line) => line.length <= 90)).toBe(true)
    expect(load(saved).nodes[0].params.values).toEqual(values)
    expect(serializeGraph(load(saved))).toBe(saved)
  })

  it('always writes the current format version', () => {
    expect(JSON.parse(serializeGraph({ ...small, version: 0 }))).toMatchObject({ version: 1 })
  })

  it('refuses to save a number JSON cannot hold, naming where it is', () => {
    const broken: GraphDocument = { ...small, nodes: [{ ...small.nodes[0], position: [NaN, 0] }] }
    expect(() => serializeGraph(broken)).toThrow('cannot save $.nodes[0].position[0]: NaN is not a finite number')
  })
})

describe('tweaks with the value they replaced', () => {
  it('keep their old value through save and load', () => {
    const doc = { format: 'flowgrad' as const, version: 1, meta: { title: 't' }, nodes: [{ id: 'adam', type: 'optimizer/adam', position: [0, 0] as [number, number], params: { learningRate: 0.01 } }], connections: [], tweaks: [{ node: 'adam', param: 'learningRate', value: 0.01, from: 0.001, trainer: 'adam', step: 3 }] }
    const text = serializeGraph(doc)
    expect(text).toContain('{ "node": "adam", "param": "learningRate", "value": 0.01, "from": 0.001, "trainer": "adam", "step": 3 }')
  })
})
