import { describe, expect, it } from 'vitest'
import { inputName, nodeName, nodeTitle, outputName } from '../../src/graph/node-names.ts'
import { emptyDocument } from '../../src/graph/index.ts'
import type { GraphDocument } from '../../src/graph/index.ts'
import { catalog } from './helpers/catalog.ts'


describe('nodes and ports named as the canvas names them', () => {
  const graph: GraphDocument = emptyDocument()
  graph.nodes = [
    { id: 'iris', type: 'data/iris', params: {}, position: [0, 0] },
    { id: 'iris-2', type: 'data/iris', params: {}, position: [0, 0] },
    { id: 'adam', type: 'optimizer/adam', title: 'Adam', params: {}, position: [0, 0] },
    { id: 'fit', type: 'train/trainer', title: 'Slow runner', params: {}, position: [0, 0] },
    { id: 'std', type: 'preprocess/standardize', params: {}, position: [0, 0] },
  ]

  it('a node with its own title goes by it', () => {
    expect(nodeTitle(graph, catalog, 'fit')).toBe('Slow runner')
  })

  it('a node without a title goes by its type\'s', () => {
    // The test catalog titles each type by its name.
    expect(nodeTitle(graph, catalog, 'std')).toBe('preprocess/standardize')
  })

  it('two nodes with the same title are told apart by their ids', () => {
    expect([nodeName(graph, catalog, 'iris'), nodeName(graph, catalog, 'iris-2')]).toEqual(['data/iris (iris)', 'data/iris (iris-2)'])
  })

  it('an output of a node with one output is named by the node alone', () => {
    expect(outputName(graph, catalog, { node: 'adam', port: 'optimizer' })).toBe('Adam')
  })

  it('an output of a node with several outputs is named by the node and the output', () => {
    expect(outputName(graph, catalog, { node: 'std', port: 'stats' })).toBe('preprocess/standardize · stats')
  })

  it('an input is named with its node', () => {
    expect(inputName(graph, catalog, { node: 'fit', port: 'optimizer' })).toBe('the optimizer of Slow runner')
  })

  it('nodes of different types with the same title go by the title alone: what they are tells them apart', () => {
    const titled: GraphDocument = { ...graph, nodes: graph.nodes.map((n) => (n.id === 'fit' ? { ...n, title: 'Adam' } : n)) }
    expect([nodeName(titled, catalog, 'fit'), nodeName(titled, catalog, 'adam')]).toEqual(['Adam', 'Adam'])
  })

  it('an unknown node goes by its id', () => {
    expect(nodeName(graph, catalog, 'gone')).toBe('gone')
  })
})
