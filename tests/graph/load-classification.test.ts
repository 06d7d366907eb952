import { describe, expect, it } from 'vitest'
import { parseGraph } from '../../src/graph/load.ts'
import { serializeGraph } from '../../src/graph/serialize.ts'
import { catalog } from './helpers/catalog.ts'
import { AT, CONNECTION, connectionsOf, nodesOf, paramsOf, sampleFile, text } from './helpers/graphs.ts'
import type { JsonFile } from './helpers/graphs.ts'

// Damage refuses a file; an incomplete graph is the user's work and loads with its problems.

function withoutConnection(index: number): JsonFile {
  const file = sampleFile()
  file.connections = connectionsOf(file).filter((_, i) => i !== index)
  return file
}

describe('telling a damaged file from an incomplete graph', () => {
  it('a graph with an unconnected required input loads, with the input named as its problem', () => {
    const { document, problems } = parseGraph(text(withoutConnection(CONNECTION.fitLoss)), catalog)
    expect(document?.nodes.map((n) => n.id)).toContain('fit')
    expect(problems).toEqual([{ path: '$.nodes[6]', nodeId: 'fit', port: 'loss', message: 'required input "loss" (Loss) is not connected' }])
  })

  it('a node of an unknown type loads as it is, with its params and connections', () => {
    const file = sampleFile()
    nodesOf(file)[AT.adam].type = 'optimizer/lbfgs'
    paramsOf(file, AT.adam).memory = 7
    const { document, problems } = parseGraph(text(file), catalog)
    expect(document?.nodes[AT.adam]).toMatchObject({ type: 'optimizer/lbfgs', params: { memory: 7, learningRate: 0.01 } })
    expect(document?.connections).toContainEqual({ from: { node: 'adam', port: 'optimizer' }, to: { node: 'fit', port: 'optimizer' } })
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ path: '$.nodes[5].type', nodeId: 'adam', message: expect.stringMatching(/^unknown node type "optimizer\/lbfgs"/) })
  })

  it('an incomplete graph saves to the same bytes it was loaded from', () => {
    const file = withoutConnection(CONNECTION.fitLoss)
    nodesOf(file)[AT.adam].type = 'optimizer/lbfgs'
    const saved = serializeGraph(parseGraph(text(file), catalog).document ?? fail())
    const again = parseGraph(saved, catalog).document ?? fail()
    expect(serializeGraph(again)).toBe(saved)
  })

  it('a cycle loads, reported once on its first node', () => {
    const file = sampleFile()
    connectionsOf(file).push({ from: { node: 'std', port: 'dataset' }, to: { node: 'iris', port: 'data' } })
    nodesOf(file)[AT.iris].type = 'preprocess/standardize'
    const { document, problems } = parseGraph(text(file), catalog)
    expect(document).not.toBeNull()
    expect(problems.map((p) => p.message)).toEqual(['cycle: iris → std → iris'])
  })

  it('bad JSON is damage: nothing loads', () => {
    expect(parseGraph('{"format": "flowgrad",', catalog).document).toBeNull()
  })

  it('a newer version is damage: nothing loads', () => {
    expect(parseGraph(text({ ...sampleFile(), version: 99 }), catalog).document).toBeNull()
  })

  it('a forbidden key is damage: nothing loads', () => {
    const body = text(sampleFile()).replace('"params": {}', '"params": {"__proto__": {"polluted": 1}}')
    expect(parseGraph(body, catalog).document).toBeNull()
  })

  it('a value of the wrong type is damage: nothing loads', () => {
    const file = sampleFile()
    nodesOf(file)[AT.fit].position = 'top left'
    expect(parseGraph(text(file), catalog).document).toBeNull()
  })

  it('a refused param value is damage: nothing loads', () => {
    const file = sampleFile()
    paramsOf(file, AT.fit).epochs = -3
    expect(parseGraph(text(file), catalog).document).toBeNull()
  })

  it('two nodes with one id are damage: nothing loads', () => {
    const file = sampleFile()
    nodesOf(file)[AT.mse].id = 'adam'
    expect(parseGraph(text(file), catalog).document).toBeNull()
  })

  it('a connection to a port its node does not have is damage: nothing loads', () => {
    const file = sampleFile()
    connectionsOf(file)[CONNECTION.fitLoss].to.port = 'los'
    expect(parseGraph(text(file), catalog).document).toBeNull()
  })

  it('an incomplete graph that is also damaged is refused', () => {
    const file = withoutConnection(CONNECTION.fitLoss)
    paramsOf(file, AT.fit).epochs = -3
    const { document, problems } = parseGraph(text(file), catalog)
    expect(document).toBeNull()
    expect(problems).toHaveLength(2)
  })
})

function fail(): never {
  throw new Error('expected a document')
}
