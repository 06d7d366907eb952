import { describe, expect, it } from 'vitest'
import { createRegistry } from '../../nodes/index.ts'
import type { GraphDocument } from '../../src/graph/graph-file.ts'
import { parseGraph } from '../../src/graph/load.ts'
import { serializeGraph } from '../../src/graph/serialize.ts'
import { param, paramProblem } from '../../src/graph/params.ts'

const layers = param.layers({ default: [] })
const registry = createRegistry()

function fileWith(value: unknown): string {
  return JSON.stringify({
    format: 'flowgrad',
    version: 1,
    meta: { title: 'Stack' },
    nodes: [{ id: 'seq', type: 'model/sequential', position: [0, 0], params: { layers: value } }],
    connections: [],
    tweaks: [],
  })
}

describe('a layers param', () => {
  it('refuses a value that is not a list', () => {
    expect(paramProblem(layers, 5)).toBe('layers must be a list of layers, got 5')
  })

  it('refuses an unknown layer type, naming the layer', () => {
    expect(paramProblem(layers, [{ type: 'conv2d' }])).toBe('layers[0]: unknown layer type "conv2d"; expected one of dense, dropout, batchnorm, activation')
  })

  it('refuses an unknown activation, naming the layer and the field', () => {
    expect(paramProblem(layers, [{ type: 'dense', units: 3, activation: 'mish' }])).toMatch(/^layers\[0\] \(dense\): activation must be one of linear, relu, .*, got "mish"$/)
  })

  it('refuses a field the layer type does not have, listing the ones it has', () => {
    expect(paramProblem(layers, [{ type: 'dropout', rate: 0.1, units: 3 }])).toBe('layers[0] (dropout): unknown field "units"; a dropout layer has rate, seed, name')
  })

  it('refuses a layer name given twice', () => {
    expect(paramProblem(layers, [{ type: 'dense', units: 2, name: 'h' }, { type: 'dense', units: 1, name: 'h' }])).toBe('layers[1]: name "h" is already the name of layers[0]')
  })

  it('lists every problem, one per layer and field', () => {
    expect(paramProblem(layers, [{ type: 'dense' }, { type: 'dropout', rate: -1 }])).toBe('layers[0] (dense): units is missing; layers[1] (dropout): rate must be in [0, 1), got -1')
  })
})

describe('a graph file with a Sequential node', () => {
  const stack = [{ units: 16, activation: 'relu', type: 'dense' }, { type: 'dropout', rate: 0.2 }]

  it('loads, and reports a bad layer at its JSON path with the node id', () => {
    const { problems } = parseGraph(fileWith([{ type: 'dense', units: 0 }]), registry)
    expect(problems).toEqual([{ path: '$.nodes[0].params.layers', nodeId: 'seq', message: 'layers[0] (dense): units must be a whole number from 1 to 4096, got 0' }])
  })

  it('saves one layer per line, its type first, and saves the same bytes again after loading', () => {
    const { document } = parseGraph(fileWith(stack), registry)
    const saved = serializeGraph(document as GraphDocument)
    expect(saved).toContain('"layers": [\n          { "type": "dense", "activation": "relu", "units": 16 },\n          { "type": "dropout", "rate": 0.2 }\n        ],')
    expect(serializeGraph(parseGraph(saved, registry).document as GraphDocument)).toBe(saved)
  })
})
