import { describe, expect, it } from 'vitest'
import { cycleReports } from '../../src/graph/cycle-reports.ts'

/** Nodes a, b, … and connections from `a>b` strings (ports do not matter here). */
function graph(ids: readonly string[], edges: readonly string[]) {
  return {
    nodes: ids.map((id) => ({ id })),
    connections: edges.map((e) => {
      const [from, to] = e.split('>')
      return { from: { node: from, port: 'out' }, to: { node: to, port: 'in' } }
    }),
  }
}

describe('cycle reports', () => {
  it('give each cycle once, with its members and a shortest cycle through the first', () => {
    expect(cycleReports(graph(['a', 'b', 'c', 'd', 'e', 'f'], ['a>b', 'b>c', 'c>a', 'b>a', 'd>e', 'e>d', 'f>f']))).toEqual([
      { members: ['a', 'b', 'c'], cycle: ['a', 'b', 'a'] },
      { members: ['d', 'e'], cycle: ['d', 'e', 'd'] },
      { members: ['f'], cycle: ['f', 'f'] },
    ])
  })

  it('walk a 20,000-node cycle once', () => {
    const ids = Array.from({ length: 20000 }, (_, i) => `n${i}`)
    const edges = ids.map((id, i) => `${id}>${ids[(i + 1) % ids.length]}`)
    const [report] = cycleReports(graph(ids, edges))
    expect(report.cycle).toHaveLength(20001)
  })

  it('are empty for an acyclic graph', () => {
    expect(cycleReports(graph(['a', 'b'], ['a>b']))).toEqual([])
  })
})
