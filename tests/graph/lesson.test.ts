import { describe, expect, it } from 'vitest'
import { parseGraph } from '../../src/graph/load.ts'
import { serializeGraph } from '../../src/graph/serialize.ts'
import { catalog } from './helpers/catalog.ts'
import { sampleFile, text } from './helpers/graphs.ts'
import type { Json, JsonFile } from './helpers/graphs.ts'
import { IRIS_EXAMPLE, flowgrad, tempDir, writeGraph } from '../cli/helpers.ts'
import { readFileSync } from 'node:fs'
import { createRegistry } from '../../nodes/index.ts'

const board = { charts: [{ node: 'curves', port: 'chart', size: 'large' }], controls: [{ node: 'adam', param: 'learningRate' }, { node: 'fit', param: 'epochs' }] }

/** The sample graph as a version 2 file whose board carries this lesson. */
function withLesson(lesson: Json): JsonFile {
  return { ...sampleFile(), version: 2, board: { ...board, lesson } }
}

const lesson: Json = { locked: [{ node: 'adam', param: 'learningRate' }, { node: 'dense' }], hidden: [{ node: 'mse' }] }

function paths(file: JsonFile): [string, string][] {
  return parseGraph(text(file), catalog).problems.map((p) => [p.path, p.message])
}

describe('the lesson in a graph file', () => {
  it('a board with locked and hidden entries loads as written', () => {
    const { document, problems } = parseGraph(text(withLesson(lesson)), catalog)
    expect(problems).toEqual([])
    expect(document?.board?.lesson).toEqual(lesson)
  })

  it('save → load → save gives the same bytes with a lesson', () => {
    const first = serializeGraph(parseGraph(text(withLesson(lesson)), catalog).document ?? fail())
    expect(first).toContain('"lesson": {')
    expect(serializeGraph(parseGraph(first, catalog).document ?? fail())).toBe(first)
  })

  it('a file without a lesson loads without one and saves without one', () => {
    const noLesson = { ...sampleFile(), version: 2, board }
    const { document } = parseGraph(text(noLesson), catalog)
    expect(document?.board).toEqual(board)
    expect(serializeGraph(document ?? fail())).not.toContain('lesson')
  })

  it('an example written before lessons existed opens with its board as it was and saves without a lesson', () => {
    const original = readFileSync(IRIS_EXAMPLE, 'utf8')
    const document = parseGraph(original, createRegistry()).document ?? fail()
    expect(document.board).toEqual((JSON.parse(original) as { board: unknown }).board)
    expect(serializeGraph(document)).not.toContain('"lesson"')
  })

  it('a lock of an unknown node names its JSON path and the node it may mean', () => {
    expect(paths(withLesson({ locked: [{ node: 'adamm', param: 'learningRate' }], hidden: [] }))).toEqual([
      ['$.board.lesson.locked[0].node', 'locks unknown node "adamm" (did you mean "adam"?)'],
    ])
  })

  it('a hidden param its node does not have names its JSON path', () => {
    expect(paths(withLesson({ locked: [], hidden: [{ node: 'fit', param: 'epoch' }] }))).toEqual([
      ['$.board.lesson.hidden[0].param', '"epoch" is not a param of train/trainer (did you mean "epochs"?)'],
    ])
  })

  it('a lock entry that is not a node id names its JSON path', () => {
    expect(paths(withLesson({ locked: [{ node: 3 }], hidden: [] }))).toEqual([['$.board.lesson.locked[0].node', 'expected a node id, got 3']])
  })

  it('an unknown key in a lock entry names what an entry may hold', () => {
    expect(paths(withLesson({ locked: [{ node: 'adam', port: 'optimizer' }], hidden: [] }))).toEqual([
      ['$.board.lesson.locked[0].port', 'unknown key "port"; expected only node, param, input'],
    ])
  })

  it('a node locked twice is a problem at the second entry', () => {
    expect(paths(withLesson({ locked: [{ node: 'dense' }, { node: 'dense' }], hidden: [] }))).toEqual([['$.board.lesson.locked[1]', 'dense is locked twice']])
  })

  it('locked and hidden may each be omitted', () => {
    const { document, problems } = parseGraph(text(withLesson({ hidden: [{ node: 'mse' }] })), catalog)
    expect(problems).toEqual([])
    expect(document?.board?.lesson).toEqual({ locked: [], hidden: [{ node: 'mse' }] })
  })

  it('flowgrad validate accepts a file with a lesson', () => {
    const result = flowgrad(['validate', irisWithLesson({ locked: [{ node: 'raw-adam', param: 'learningRate' }], hidden: [{ node: 'iris' }] })])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
  })

  it('flowgrad validate refuses a bad lock naming its JSON path', () => {
    const result = flowgrad(['validate', irisWithLesson({ locked: [{ node: 'raw-adam', param: 'rate' }], hidden: [] })])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('$.board.lesson.locked[0].param')
  })
})

/** The iris example with this lesson on its board, written to a temporary file. */
function irisWithLesson(lesson: Json): string {
  const file = JSON.parse(readFileSync(IRIS_EXAMPLE, 'utf8')) as { board: { [key: string]: Json } }
  file.board.lesson = lesson
  return writeGraph(tempDir(), 'lesson.flowgrad.json', JSON.stringify(file))
}

function fail(): never {
  throw new Error('expected a document')
}
