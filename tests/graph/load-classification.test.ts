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

  /** Each kind of damage, as the text of a file that has it. */
  const damaged: readonly [string, () => string][] = [
    ['bad JSON', () => '{"format": "flowgrad",'],
    ['a newer version', () => text({ ...sampleFile(), version: 99 })],
    ['a forbidden key', () => text(sampleFile()).replace('"params": {}', '"params": {"__proto__": {"polluted": 1}}')],
    ['a value of the wrong type', () => changed((f) => (nodesOf(f)[AT.fit].position = 'top left'))],
    ['a refused param value', () => changed((f) => (paramsOf(f, AT.fit).epochs = -3))],
    ['an unknown param of a known type', () => changed((f) => (paramsOf(f, AT.adam).momentum = 0.9))],
    ['two nodes with one id', () => changed((f) => (nodesOf(f)[AT.mse].id = 'adam'))],
    ['a connection to a port its node does not have', () => changed((f) => (connectionsOf(f)[CONNECTION.fitLoss].to.port = 'los'))],
  ]

  it.each(damaged)('%s is damage: nothing loads', (_, file) => {
    const { document, problems } = parseGraph(file(), catalog)
    expect(document).toBeNull()
    expect(problems.length).toBeGreaterThan(0)
  })

  it('an incomplete graph that is also damaged is refused', () => {
    const file = withoutConnection(CONNECTION.fitLoss)
    paramsOf(file, AT.fit).epochs = -3
    const { document, problems } = parseGraph(text(file), catalog)
    expect(document).toBeNull()
    expect(problems).toHaveLength(2)
  })
})

/** The sample file's text after a change. */
function changed(change: (file: JsonFile) => void): string {
  const file = sampleFile()
  change(file)
  return text(file)
}

function fail(): never {
  throw new Error('expected a document')
}
