import { describe, expect, it } from 'vitest'
import { MAX_DESCRIPTION_LENGTH, MAX_FILE_TEXT_LENGTH, MAX_ID_LENGTH, MAX_STRING_LENGTH, MAX_TITLE_LENGTH, MAX_TYPE_LENGTH } from '../../src/graph/limits.ts'
import { parseGraph } from '../../src/graph/load.ts'
import { param, paramProblem } from '../../src/graph/params.ts'
import { catalog } from './helpers/catalog.ts'
import { AT, connectionsOf, nodesOf, sampleFile, text } from './helpers/graphs.ts'
import type { JsonFile } from './helpers/graphs.ts'

function renameNode(file: JsonFile, index: number, id: string): JsonFile {
  const old = nodesOf(file)[index].id
  nodesOf(file)[index].id = id
  for (const c of connectionsOf(file)) {
    if (c.from.node === old) c.from.node = id
    if (c.to.node === old) c.to.node = id
  }
  file.tweaks = []
  return file
}

function problemsOf(file: JsonFile) {
  return parseGraph(text(file), catalog).problems
}

describe('limits of a graph file', () => {
  it(`accepts a node id of ${MAX_ID_LENGTH} characters`, () => {
    expect(problemsOf(renameNode(sampleFile(), AT.fit, 'f'.repeat(MAX_ID_LENGTH)))).toEqual([])
  })

  it('refuses a longer node id, saying the limit', () => {
    const id = 'f'.repeat(MAX_ID_LENGTH + 1)
    expect(problemsOf(renameNode(sampleFile(), AT.fit, id))).toEqual([
      { path: '$.nodes[6].id', nodeId: id, message: `a node id must be at most 64 characters, got "${'f'.repeat(56)}…(65 characters)"` },
    ])
  })

  it.each(['__proto__', 'constructor', 'prototype'])('refuses the node id %s as reserved', (id) => {
    const { document, problems } = parseGraph(text(renameNode(sampleFile(), AT.fit, id)), catalog)
    expect(document).toBeNull()
    expect(problems).toEqual([{ path: '$.nodes[6].id', nodeId: id, message: `the node id "${id}" is reserved (it could tamper with object prototypes); choose another id` }])
  })

  it('refuses a node type longer than the limit', () => {
    const file = sampleFile()
    nodesOf(file)[AT.adam].type = 'x'.repeat(MAX_TYPE_LENGTH + 1)
    expect(problemsOf(file)[0]).toMatchObject({ path: '$.nodes[5].type', message: expect.stringMatching(/^a node type must be at most 100 characters, got "x+…\(101 characters\)"$/) })
  })

  it('refuses a title longer than the limit', () => {
    const file = sampleFile()
    file.meta = { title: 't'.repeat(MAX_TITLE_LENGTH + 1) }
    expect(problemsOf(file)).toEqual([{ path: '$.meta.title', message: `the title must be at most 200 characters, got "${'t'.repeat(56)}…(201 characters)"` }])
  })

  it('refuses a node title longer than the limit', () => {
    const file = sampleFile()
    nodesOf(file)[AT.dense].title = 't'.repeat(MAX_TITLE_LENGTH + 1)
    expect(problemsOf(file).map((p) => p.path)).toEqual(['$.nodes[3].title'])
  })

  it('refuses a description longer than the limit', () => {
    const file = sampleFile()
    file.meta = { title: 't', description: 'd'.repeat(MAX_DESCRIPTION_LENGTH + 1) }
    expect(problemsOf(file)[0].message).toMatch(/^the description must be at most 10,000 characters, got "d+…\(10,001 characters\)"$/)
  })

  it('refuses any param string longer than a file text may be, even for an unknown node type', () => {
    const file = sampleFile()
    nodesOf(file)[AT.adam].type = 'optimizer/lion'
    nodesOf(file)[AT.adam].params = { notes: 'n'.repeat(MAX_FILE_TEXT_LENGTH + 1) }
    const { document, problems } = parseGraph(text(file), catalog)
    expect(document).toBeNull()
    expect(problems.map((p) => [p.path, p.message.slice(0, 45)])).toContainEqual(['$.nodes[5].params.notes', 'a param value must be at most 4,000,000 chara'])
  })

  it('refuses a string param longer than the string limit', () => {
    expect(paramProblem(param.string({ default: '' }), 's'.repeat(MAX_STRING_LENGTH + 1))).toMatch(/^text must be at most 10,000 characters, got "s+…\(10,001 characters\)"$/)
  })

  it('accepts a file text param up to the file text limit', () => {
    expect(paramProblem(param.string({ default: '', file: '.csv' }), 'c'.repeat(MAX_STRING_LENGTH + 1))).toBeNull()
  })

  it('refuses a file text param longer than the file text limit', () => {
    expect(paramProblem(param.string({ default: '', file: '.csv' }), 'c'.repeat(MAX_FILE_TEXT_LENGTH + 1))).toMatch(/^a file's text must be at most 4,000,000 characters/)
  })
})
