import { describe, expect, it } from 'vitest'
import { findCycles } from './cycles.ts'
import { importGraph, sourceFiles } from './import-graph.ts'

/** The runtime import graph of src/ and nodes/: project files only, type-only imports left out. */
function moduleGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>()
  for (const [file, edges] of importGraph(sourceFiles(['src', 'nodes']))) {
    graph.set(file, edges.flatMap((e) => (e.target !== null && !e.typeOnly ? [e.target] : [])))
  }
  return graph
}

describe('import cycles', () => {
  it('no module in src/ or nodes/ imports itself through a chain of imports', () => {
    const cycles = findCycles(moduleGraph()).map((cycle) => cycle.join(' → '))
    expect(cycles, `import cycles:\n${cycles.join('\n')}`).toEqual([])
  })
})

describe('findCycles', () => {
  it('names a two-module cycle as the path that closes it', () => {
    const graph = new Map([['a.ts', ['b.ts']], ['b.ts', ['a.ts']], ['c.ts', ['a.ts']]])
    expect(findCycles(graph)).toEqual([['a.ts', 'b.ts', 'a.ts']])
  })

  it('names the shortest path back within a larger tangle', () => {
    const graph = new Map([['a.ts', ['b.ts', 'd.ts']], ['b.ts', ['c.ts']], ['c.ts', ['a.ts']], ['d.ts', ['a.ts']]])
    expect(findCycles(graph)).toEqual([['a.ts', 'd.ts', 'a.ts']])
  })

  it('names a module that imports itself', () => {
    expect(findCycles(new Map([['a.ts', ['a.ts']]]))).toEqual([['a.ts', 'a.ts']])
  })

  it('finds no cycle in a chain', () => {
    expect(findCycles(new Map([['a.ts', ['b.ts']], ['b.ts', ['c.ts']], ['c.ts', []]]))).toEqual([])
  })
})
