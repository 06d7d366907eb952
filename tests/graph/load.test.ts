import { describe, expect, it } from 'vitest'
import { parseGraph, validateGraph } from '../../src/graph/load.ts'
import { catalog } from './helpers/catalog.ts'
import { AT, nodesOf, paramsOf, sampleFile, text } from './helpers/graphs.ts'

describe('loading a graph file', () => {
  it('a valid file loads with no problems and keeps the node order', () => {
    const { document, problems } = parseGraph(text(sampleFile()), catalog)
    expect(problems).toEqual([])
    expect(document?.nodes.map((n) => n.id)).toEqual(['iris', 'std', 'input', 'dense', 'mse', 'adam', 'fit', 'curves'])
    expect(document?.tweaks).toEqual([{ node: 'adam', param: 'learningRate', value: 0.05, trainer: 'fit', step: 120 }])
  })

  it('params omitted from the file are filled in with their defaults', () => {
    const file = sampleFile()
    delete paramsOf(file, AT.fit).epochs
    delete nodesOf(file)[AT.adam].params
    const { document, problems } = parseGraph(text(file), catalog)
    expect(problems).toEqual([])
    expect(document?.nodes[AT.adam].params).toEqual({ learningRate: 0.001, beta1: 0.9 })
    expect(document?.nodes[AT.fit].params).toEqual({ epochs: 10, shuffle: true })
  })

  it('default lists are copies, not the declaration’s own arrays', () => {
    const file = sampleFile()
    nodesOf(file).push({ id: 't', type: 'math/tensor', position: [0, 0] })
    const { document } = parseGraph(text(file), catalog)
    const shape = document?.nodes[8].params.shape
    expect(shape).toEqual([2, 3])
    expect(shape).not.toBe(catalog.get('math/tensor')?.params.shape.default)
  })

  it('a file with problems against the catalog still returns the document for the editor', () => {
    const file = sampleFile()
    nodesOf(file)[AT.mse].type = 'loss/huber'
    const { document, problems } = parseGraph(text(file), catalog)
    expect(problems).toHaveLength(1)
    expect(document?.nodes[AT.mse].type).toBe('loss/huber')
  })

  it('connections, tweaks and the board may be omitted and load as empty lists', () => {
    const { document, problems } = parseGraph(text({ format: 'flowgrad', version: 2, meta: { title: 'empty' }, nodes: [] }), catalog)
    expect(problems).toEqual([])
    expect(document).toEqual({ format: 'flowgrad', version: 2, meta: { title: 'empty' }, board: { charts: [], controls: [] }, nodes: [], connections: [], tweaks: [] })
  })

  it('a byte order mark at the start of the text is ignored', () => {
    expect(parseGraph(`\uFEFF${text(sampleFile())}`, catalog).problems).toEqual([])
  })

  it('validateGraph checks an already-parsed value the same way', () => {
    const file = sampleFile()
    paramsOf(file, AT.fit).epochs = 1.5
    expect(validateGraph(file, catalog).problems).toEqual([{ path: '$.nodes[6].params.epochs', nodeId: 'fit', message: 'expected an integer, got 1.5' }])
  })

  it('validateGraph rejects an object whose own __proto__ key was set by JSON.parse', () => {
    const value: unknown = JSON.parse('{"format":"flowgrad","version":1,"meta":{"title":"t"},"nodes":[],"__proto__":{"x":1}}')
    const { document, problems } = validateGraph(value, catalog)
    expect(document).toBeNull()
    expect(problems.map((p) => p.path)).toEqual(['$.__proto__'])
  })

  it('validateGraph reports a circular value instead of hanging', () => {
    const meta: Record<string, unknown> = { title: 't' }
    meta.self = meta
    const { document, problems } = validateGraph({ format: 'flowgrad', version: 1, meta, nodes: [] }, catalog)
    expect(document).toBeNull()
    expect(problems[0]).toEqual({ path: '$.meta.self', message: 'circular reference: a graph must be plain JSON data' })
  })

  it('loading does not change the value it is given', () => {
    const file = sampleFile()
    delete paramsOf(file, AT.fit).epochs
    const before = text(file)
    validateGraph(file, catalog)
    expect(text(file)).toBe(before)
  })
})
