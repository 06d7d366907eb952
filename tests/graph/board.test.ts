import { describe, expect, it } from 'vitest'
import { parseGraph } from '../../src/graph/load.ts'
import { serializeGraph } from '../../src/graph/serialize.ts'
import { catalog } from './helpers/catalog.ts'
import { sampleFile, text } from './helpers/graphs.ts'
import type { Json, JsonFile } from './helpers/graphs.ts'

/** The sample graph as a version 2 file with this board. */
function withBoard(board: Json): JsonFile {
  return { ...sampleFile(), version: 2, board }
}

const pinned = {
  charts: [{ node: 'curves', port: 'chart', size: 'large' }],
  controls: [{ node: 'fit', param: 'epochs' }, { node: 'adam', param: 'learningRate' }],
}

describe('the board of a graph file', () => {
  it('a version 1 file gets the default board: every plot, every learning rate, each trainer\'s epochs', () => {
    const { document, problems, migratedFrom } = parseGraph(text(sampleFile()), catalog)
    expect(problems).toEqual([])
    expect(migratedFrom).toBe(1)
    expect(document?.board).toEqual({
      charts: [{ node: 'curves', port: 'chart', size: 'large' }],
      controls: [{ node: 'adam', param: 'learningRate' }, { node: 'fit', param: 'epochs' }],
    })
  })

  it('a version 2 file keeps its own board, in its order', () => {
    const { document, problems } = parseGraph(text(withBoard(pinned)), catalog)
    expect(problems).toEqual([])
    expect(document?.board).toEqual(pinned)
  })

  it('save → load → save gives the same bytes with a board', () => {
    const first = serializeGraph(parseGraph(text(withBoard(pinned)), catalog).document ?? fail())
    const second = serializeGraph(parseGraph(first, catalog).document ?? fail())
    expect(second).toBe(first)
  })

  it('a chart pinned without a size is medium', () => {
    const { document } = parseGraph(text(withBoard({ charts: [{ node: 'curves', port: 'chart' }], controls: [] })), catalog)
    expect(document?.board?.charts[0].size).toBe('medium')
  })

  it('a pin of an unknown node is a problem at its path in the file', () => {
    const { problems } = parseGraph(text(withBoard({ ...pinned, controls: [{ node: 'adamm', param: 'learningRate' }] })), catalog)
    expect(problems.map((p) => [p.path, p.message])).toEqual([['$.board.controls[0].node', 'pins unknown node "adamm" (did you mean "adam"?)']])
  })

  it('a pinned port that is not a chart output is a problem naming the node', () => {
    const { problems } = parseGraph(text(withBoard({ charts: [{ node: 'std', port: 'stats' }], controls: [] })), catalog)
    expect(problems.map((p) => [p.path, p.nodeId])).toEqual([['$.board.charts[0].port', 'std']])
  })

  it('a param pinned twice is a problem', () => {
    const twice = { charts: [], controls: [{ node: 'fit', param: 'epochs' }, { node: 'fit', param: 'epochs' }] }
    expect(parseGraph(text(withBoard(twice)), catalog).problems.map((p) => p.path)).toEqual(['$.board.controls[1]'])
  })

  it('an unknown chart size names the sizes there are', () => {
    const { problems } = parseGraph(text(withBoard({ charts: [{ node: 'curves', port: 'chart', size: 'huge' }], controls: [] })), catalog)
    expect(problems[0]).toMatchObject({ path: '$.board.charts[0].size', message: 'expected "small", "medium", "large", got "huge"' })
  })

  it('a problem with a derived pin of a version 1 file names the node it came from', () => {
    const file = sampleFile()
    const nodes = file.nodes as { [key: string]: Json }[]
    nodes[5] = { ...nodes[5], type: 'optimizer/adamw' }
    // The unknown type itself is named; the board derived nothing from that node.
    expect(parseGraph(text(file), catalog).problems.map((p) => p.path)).not.toContainEqual(expect.stringContaining('board'))
  })
})

function fail(): never {
  throw new Error('expected a document')
}
