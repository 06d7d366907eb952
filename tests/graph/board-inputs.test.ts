import { describe, expect, it } from 'vitest'
import { parseGraph } from '../../src/graph/load.ts'
import { serializeGraph } from '../../src/graph/serialize.ts'
import { catalog } from './helpers/catalog.ts'
import { sampleFile, text } from './helpers/graphs.ts'
import type { Json, JsonFile } from './helpers/graphs.ts'

/** The sample graph as a version 2 file with these board controls (and lesson, when given). */
function withControls(controls: Json[], lesson?: Json): JsonFile {
  return { ...sampleFile(), version: 2, board: { charts: [], controls, ...(lesson !== undefined ? { lesson } : {}) } }
}

function problems(file: JsonFile): [string, string][] {
  return parseGraph(text(file), catalog).problems.map((p) => [p.path, p.message])
}

const optimizerChoice = { node: 'fit', input: 'optimizer' }

describe('an input pinned to the board', () => {
  it('loads beside param controls, in the board’s order', () => {
    const controls = [{ node: 'adam', param: 'learningRate' }, optimizerChoice]
    const { document, problems: found } = parseGraph(text(withControls(controls)), catalog)
    expect(found).toEqual([])
    expect(document?.board?.controls).toEqual(controls)
  })

  it('save → load → save gives the same bytes, the input on its own line', () => {
    const first = serializeGraph(parseGraph(text(withControls([optimizerChoice])), catalog).document ?? fail())
    expect(first).toContain('{ "node": "fit", "input": "optimizer" }')
    expect(serializeGraph(parseGraph(first, catalog).document ?? fail())).toBe(first)
  })

  it('an input its node does not have is a problem at the input, with a suggestion', () => {
    expect(problems(withControls([{ node: 'fit', input: 'optimiser' }]))).toEqual([
      ['$.board.controls[0].input', '"optimiser" is not an input of train/trainer (did you mean "optimizer"?)'],
    ])
  })

  it('an unknown node is a problem at the node', () => {
    expect(problems(withControls([{ node: 'fitt', input: 'optimizer' }]))).toEqual([['$.board.controls[0].node', 'pins unknown node "fitt" (did you mean "fit"?)']])
  })

  it('a control naming both a param and an input is a problem at the control', () => {
    expect(problems(withControls([{ node: 'fit', param: 'epochs', input: 'optimizer' }]))).toEqual([
      ['$.board.controls[0]', 'names both param "epochs" and input "optimizer": a control is one or the other'],
    ])
  })

  it('a control naming neither a param nor an input is a problem at the control', () => {
    expect(problems(withControls([{ node: 'fit' }]))).toEqual([
      ['$.board.controls[0]', 'missing: expected "param" (a param to pin) or "input" (an input whose source to choose)'],
    ])
  })

  it('an input taking several wires cannot be pinned: one choice cannot set it', () => {
    expect(problems(withControls([{ node: 'curves', input: 'runs' }]))).toEqual([
      ['$.board.controls[0].input', '"runs" of plot/training-curves takes several wires: a board control chooses one source, so only an input taking one can be pinned'],
    ])
  })

  it('the same input pinned twice is a problem', () => {
    expect(problems(withControls([optimizerChoice, optimizerChoice]))).toEqual([['$.board.controls[1]', 'fit.optimizer is pinned twice']])
  })

  it('an unknown key names the keys a control may have', () => {
    expect(problems(withControls([{ node: 'fit', port: 'optimizer' }]))).toContainEqual(['$.board.controls[0].port', 'unknown key "port"; expected only node, param, input'])
  })
})

describe('an input in the teacher’s lesson', () => {
  it('a locked input loads and saves as written', () => {
    const lesson = { locked: [optimizerChoice], hidden: [] }
    const { document, problems: found } = parseGraph(text(withControls([optimizerChoice], lesson)), catalog)
    expect(found).toEqual([])
    expect(document?.board?.lesson).toEqual(lesson)
    expect(serializeGraph(document ?? fail())).toContain('"locked": [\n        { "node": "fit", "input": "optimizer" }')
  })

  it('a lesson entry naming an input its node lacks is a problem at the input', () => {
    expect(problems(withControls([], { locked: [], hidden: [{ node: 'fit', input: 'optimiser' }] }))).toEqual([
      ['$.board.lesson.hidden[0].input', '"optimiser" is not an input of train/trainer (did you mean "optimizer"?)'],
    ])
  })

  it('a lesson entry naming both a param and an input is a problem at the entry', () => {
    expect(problems(withControls([], { locked: [{ node: 'fit', param: 'epochs', input: 'optimizer' }], hidden: [] }))).toEqual([
      ['$.board.lesson.locked[0]', 'names both param "epochs" and input "optimizer": a control is one or the other'],
    ])
  })
})

function fail(): never {
  throw new Error('expected a document')
}
