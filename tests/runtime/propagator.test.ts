import { describe, expect, it } from 'vitest'
import { VirtualTimeScheduler } from 'rxjs'
import { Propagator } from '../../src/runtime/propagator.ts'
import type { Evaluator } from '../../src/runtime/propagator.ts'
import type { PropagationGraph } from '../../src/runtime/pending-inputs.ts'
import { indexTopology } from '../../src/graph/graph-ops.ts'
import type { Connection } from '../../src/graph/graph-file.ts'

/** A graph from `a>b` edge strings, counting how often the propagator asks about a node. */
function countingGraph(ids: readonly string[], edges: readonly string[]): PropagationGraph & { visits: number } {
  const connections: Connection[] = edges.map((e) => {
    const [from, to] = e.split('>')
    return { from: { node: from, port: 'out' }, to: { node: to, port: 'in' } }
  })
  const topology = indexTopology({ nodes: ids.map((id) => ({ id })), connections })
  const positions = new Map(topology.order.map((id, i) => [id, i]))
  const graph = {
    visits: 0,
    position: (id: string) => (graph.visits++, positions.get(id)),
    parents: (id: string) => (graph.visits++, topology.parents(id)),
    children: (id: string) => (graph.visits++, topology.children(id)),
    downstream: (start: Iterable<string>) => topology.downstream(start),
  }
  return graph
}

/** Records evaluations; nodes named in `slow` stay in flight until `settle` is called. */
class RecordingEvaluator implements Evaluator {
  readonly evaluated: string[] = []
  readonly inFlightNodes = new Set<string>()

  constructor(private readonly slow: ReadonlySet<string> = new Set()) {}

  evaluate(id: string): void {
    this.evaluated.push(id)
    if (this.slow.has(id)) this.inFlightNodes.add(id)
  }

  inFlight(id: string): boolean {
    return this.inFlightNodes.has(id)
  }

  busy(): boolean {
    return this.inFlightNodes.size > 0
  }
}

function setup(ids: readonly string[], edges: readonly string[], slow: readonly string[] = []) {
  const scheduler = new VirtualTimeScheduler()
  const graph = countingGraph(ids, edges)
  const evaluator = new RecordingEvaluator(new Set(slow))
  const propagator = new Propagator(graph, evaluator, scheduler)
  /** The result of a slow node arrives: its children no longer wait for it. */
  const settle = (id: string): void => {
    evaluator.inFlightNodes.delete(id)
    propagator.schedule()
  }
  return { scheduler, graph, evaluator, propagator, settle }
}

const DIAMOND = ['src>left', 'src>right', 'left>sum', 'right>sum']

describe('the propagator', () => {
  it('evaluates a diamond’s join only after both of its inputs, each node once', () => {
    const { scheduler, evaluator, propagator } = setup(['sum', 'right', 'left', 'src'], DIAMOND)
    propagator.markDirty(['src'])
    scheduler.flush()
    // right and left are ready together: the file lists right first.
    expect(evaluator.evaluated).toEqual(['src', 'right', 'left', 'sum'])
  })

  it('holds a diamond’s join back while one of its inputs is still in flight', () => {
    const { scheduler, evaluator, propagator, settle } = setup(['src', 'left', 'right', 'sum'], DIAMOND, ['left'])
    propagator.markDirty(['src'])
    scheduler.flush()
    expect(evaluator.evaluated).toEqual(['src', 'left', 'right'])
    settle('left')
    scheduler.flush()
    expect(evaluator.evaluated).toEqual(['src', 'left', 'right', 'sum'])
  })

  it('evaluates each node once for all the changes made before the next tick', () => {
    const { scheduler, evaluator, propagator } = setup(['src', 'left', 'right', 'sum'], DIAMOND)
    propagator.markDirty(['src'])
    propagator.markDirty(['left'])
    propagator.markDirty(['src', 'right'])
    scheduler.flush()
    expect(evaluator.evaluated).toEqual(['src', 'left', 'right', 'sum'])
  })

  it('bumps the generation of every node downstream of a change, and only those', () => {
    const { propagator } = setup(['src', 'left', 'right', 'sum', 'other'], DIAMOND)
    propagator.markDirty(['left'])
    expect(['src', 'left', 'right', 'sum', 'other'].map((id) => propagator.generation(id))).toEqual([0, 1, 0, 1, 0])
  })

  it('asks about the changed node and its neighbours only, not the whole chain, when the change is at the end', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `n${i}`)
    const { scheduler, graph, evaluator, propagator } = setup(
      ids,
      ids.slice(1).map((id, i) => `${ids[i]}>${id}`),
    )
    propagator.markDirty(['n4999'])
    scheduler.flush()
    expect(evaluator.evaluated).toEqual(['n4999'])
    expect(graph.visits).toBeLessThan(10)
  })

  it('never evaluates a node on a cycle, and evaluates what it feeds', () => {
    const { scheduler, evaluator, propagator } = setup(['a', 'b', 'c'], ['a>b', 'b>a', 'b>c'])
    propagator.markDirty(['a'])
    scheduler.flush()
    expect(evaluator.evaluated).toEqual(['c'])
  })

  it('resolves whenIdle only after the last result in flight has arrived', async () => {
    const { scheduler, propagator, settle } = setup(['src', 'left', 'right', 'sum'], DIAMOND, ['left'])
    let idle = false
    propagator.markDirty(['src'])
    void propagator.whenIdle().then(() => (idle = true))
    scheduler.flush()
    await Promise.resolve()
    expect(idle).toBe(false)
    settle('left')
    scheduler.flush()
    await Promise.resolve()
    expect(idle).toBe(true)
  })
})
