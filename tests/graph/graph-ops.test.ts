import { describe, expect, it } from 'vitest'
import type { Connection } from '../../src/graph/graph-file.ts'
import {
  cycleThrough,
  describeCycle,
  downstreamClosure,
  findCycles,
  incoming,
  indexTopology,
  orderSkippingCycles,
  outgoing,
  topologicalOrder,
  upstreamClosure,
  wouldCreateCycle,
} from '../../src/graph/graph-ops.ts'
import type { GraphTopology } from '../../src/graph/graph-ops.ts'

/** A graph from `a>b` edge strings (ports do not matter here). */
function graph(ids: string, edges: string): GraphTopology {
  const connections: Connection[] = edges
    .split(/\s+/)
    .filter((e) => e !== '')
    .map((e) => {
      const [from, to] = e.split('>')
      return { from: { node: from, port: 'out' }, to: { node: to, port: 'in' } }
    })
  return { nodes: ids.split(' ').map((id) => ({ id })), connections }
}

describe('graph operations', () => {
  it('incoming and outgoing list a node’s connections in file order', () => {
    const g = graph('a b c', 'a>c b>c c>b')
    expect(incoming(g, 'c').map((c) => c.from.node)).toEqual(['a', 'b'])
    expect(outgoing(g, 'c').map((c) => c.to.node)).toEqual(['b'])
  })

  it('topological order puts each node after its inputs, breaking ties by file order', () => {
    expect(topologicalOrder(graph('fit adam iris std mse', 'iris>std std>fit adam>fit mse>fit'))).toEqual(['adam', 'iris', 'std', 'mse', 'fit'])
  })

  it('topological order follows the file order when the file order changes', () => {
    expect(topologicalOrder(graph('mse std iris adam fit', 'iris>std std>fit adam>fit mse>fit'))).toEqual(['mse', 'iris', 'std', 'adam', 'fit'])
  })

  it('topological order is null for a graph with a cycle', () => {
    expect(topologicalOrder(graph('a b c', 'a>b b>c c>b'))).toBeNull()
  })

  it('findCycles returns each strongly connected component and self-loop', () => {
    expect(findCycles(graph('a b c d e f', 'a>b b>c c>a c>d d>e e>d f>f'))).toEqual([['a', 'b', 'c'], ['d', 'e'], ['f']])
  })

  it('findCycles is empty for an acyclic graph', () => {
    expect(findCycles(graph('a b c', 'a>b a>c b>c'))).toEqual([])
  })

  it('orderSkippingCycles orders the nodes outside cycles, including those downstream', () => {
    expect(orderSkippingCycles(graph('x a b y', 'a>b b>a b>y x>y'))).toEqual(['x', 'y'])
  })

  it('downstreamClosure holds the given nodes and everything they feed', () => {
    const g = graph('iris std fit adam curves', 'iris>std std>fit adam>fit fit>curves')
    expect(downstreamClosure(g, ['std'])).toEqual(new Set(['std', 'fit', 'curves']))
    expect(upstreamClosure(g, ['fit'])).toEqual(new Set(['iris', 'std', 'fit', 'adam']))
  })

  it('wouldCreateCycle returns the cycle a new connection would close', () => {
    const g = graph('a b c', 'a>b b>c')
    expect(wouldCreateCycle(g, 'c', 'a')).toEqual(['c', 'a', 'b', 'c'])
    expect(describeCycle(['c', 'a', 'b', 'c'])).toBe('c → a → b → c')
  })

  it('wouldCreateCycle is null for a connection that keeps the graph acyclic', () => {
    expect(wouldCreateCycle(graph('a b c', 'a>b b>c'), 'a', 'c')).toBeNull()
  })

  it('wouldCreateCycle refuses connecting a node to itself', () => {
    expect(wouldCreateCycle(graph('a', ''), 'a', 'a')).toEqual(['a', 'a'])
  })

  it('cycleThrough finds the shortest cycle through a node', () => {
    expect(cycleThrough(graph('a b c d', 'a>b b>c c>a b>a c>d'), 'b')).toEqual(['b', 'a', 'b'])
    expect(cycleThrough(graph('a b', 'a>b'), 'a')).toBeNull()
  })

  it('connections naming missing nodes are ignored', () => {
    expect(topologicalOrder(graph('a b', 'a>b ghost>a b>ghost'))).toEqual(['a', 'b'])
  })

  it('a long chain does not overflow the stack', () => {
    const ids = Array.from({ length: 20000 }, (_, i) => `n${i}`)
    const edges = ids.slice(1).map((id, i) => `${ids[i]}>${id}`).join(' ')
    const g = graph(ids.join(' '), `${edges} n19999>n0`)
    expect(findCycles(g)[0]).toHaveLength(20000)
  })

  it('indexTopology orders the nodes outside cycles and lists the cycles, as the one-off helpers do', () => {
    const g = graph('x a b y', 'a>b b>a b>y x>y')
    const index = indexTopology(g)
    expect(index.order).toEqual(orderSkippingCycles(g))
    expect(index.cycles).toEqual(findCycles(g))
  })

  it('indexTopology lists each node’s distinct parents and children in connection order', () => {
    const index = indexTopology(graph('a b c', 'b>c a>c a>c c>a'))
    expect(index.parents('c')).toEqual(['b', 'a'])
    expect(index.children('a')).toEqual(['c'])
    expect(index.parents('nobody')).toEqual([])
  })

  it('indexTopology keeps every connection into a node, repeats included, in file order', () => {
    const index = indexTopology(graph('a b c', 'b>c a>c a>c'))
    expect(index.incoming('c').map((c) => c.from.node)).toEqual(['b', 'a', 'a'])
    expect(index.incoming('a')).toEqual([])
  })

  it('indexTopology’s downstream closure is downstreamClosure’s, in file order', () => {
    const g = graph('curves iris std fit adam', 'iris>std std>fit adam>fit fit>curves')
    expect([...indexTopology(g).downstream(['std'])]).toEqual(['curves', 'std', 'fit'])
    expect(indexTopology(g).downstream(['std'])).toEqual(downstreamClosure(g, ['std']))
  })
})
