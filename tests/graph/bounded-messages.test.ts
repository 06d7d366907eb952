import { describe, expect, it } from 'vitest'
import { parseGraph } from '../../src/graph/load.ts'
import { formatProblem, formatProblems } from '../../src/graph/problems.ts'
import { catalog } from './helpers/catalog.ts'
import { AT, CONNECTION, connectionsOf, nodesOf, paramsOf, sampleFile, text } from './helpers/graphs.ts'
import type { Json } from './helpers/graphs.ts'

const LONG = 'q'.repeat(40_000)

function printed(file: Json): string {
  return formatProblems(parseGraph(text(file), catalog).problems)
}

describe('problem messages stay short whatever the file holds', () => {
  it('an unknown 4 MB node type is shown by its start and length', () => {
    const file = sampleFile()
    nodesOf(file)[AT.adam].type = 'z'.repeat(4_000_000)
    expect(printed(file)).toMatch(/^\$\.nodes\[5\]\.type \(node "adam"\): a node type must be at most 100 characters, got "z+…\(4,000,000 characters\)"/)
  })

  it('a connection from a 40,000-character unknown id is one short line', () => {
    const file = sampleFile()
    connectionsOf(file)[CONNECTION.curvesRuns].from.node = LONG
    expect(printed(file)).toBe(`$.connections[6].from.node: unknown node "${'q'.repeat(56)}…(40,000 characters)"`)
  })

  it('a node with a 40,000-character id is named by its start', () => {
    const file = sampleFile()
    nodesOf(file)[AT.curves].id = LONG
    expect(printed(file).split('\n')[0]).toBe(
      `$.nodes[7].id (node "${'q'.repeat(56)}…(40,000 characters)"): a node id must be at most 64 characters, got "${'q'.repeat(56)}…(40,000 characters)"`,
    )
  })

  it('a param holding 100,000 numbers is shown by its first ones', () => {
    const file = sampleFile()
    paramsOf(file, AT.fit).epochs = Array.from({ length: 100_000 }, () => 1)
    expect(printed(file)).toBe('$.nodes[6].params.epochs (node "fit"): expected a number, got [1, 1, 1, 1, 1, 1, 1, 1, …(100,000 items)]')
  })

  it('an unknown 40,000-character key is shortened in the path and the message', () => {
    const file = sampleFile()
    nodesOf(file)[AT.iris][LONG] = 1
    const line = printed(file)
    expect(line).toBe(`$.nodes[0]['${'q'.repeat(56)}…(40,000 characters)'] (node "iris"): unknown key "${'q'.repeat(56)}…(40,000 characters)"; expected only id, type, title, position, size, params`)
  })

  it('a cycle of 4,000 nodes is reported once, with its length and first members', () => {
    const file = sampleFile()
    const ids = Array.from({ length: 4000 }, (_, i) => `std${i}`)
    file.nodes = ids.map((id) => ({ id, type: 'preprocess/standardize', position: [0, 0], params: {} }))
    file.connections = ids.map((id, i) => ({ from: { node: id, port: 'dataset' }, to: { node: ids[(i + 1) % ids.length], port: 'data' } }))
    file.tweaks = []
    expect(printed(file)).toBe('$.nodes[0] (node "std0"): cycle of 4,000 nodes: std0 → std1 → std2 → std3 → std4 → std5 → std6 → std7 → … → std0')
  })

  it('nesting deeper than 64 levels is reported once, naming the node', () => {
    const file = sampleFile()
    paramsOf(file, AT.adam).beta1 = 'DEEP'
    // built as text: JSON.stringify itself overflows the stack on 10,000 levels
    const deep = `${'['.repeat(10_000)}1${']'.repeat(10_000)}`
    const { problems } = parseGraph(text(file).replace('"DEEP"', deep), catalog)
    expect(problems.filter((p) => p.message.startsWith('nested'))).toEqual([
      { path: `$.nodes[5].params.beta1${'[0]'.repeat(61)}`, nodeId: 'adam', message: 'nested more than 64 levels deep: this is not a graph file' },
    ])
  })

  it('a message that forgot to shorten is still cut when printed', () => {
    expect(formatProblem({ path: '$', message: 'm'.repeat(5000) })).toMatch(/^\$: m+…\(5,000 characters\)$/)
  })
})
