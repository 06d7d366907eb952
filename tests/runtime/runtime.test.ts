import { Port } from '../../src/runtime/ports.ts'
import { describe, expect, it } from 'vitest'
import { Runtime } from '../../src/runtime/runtime.ts'
import { failing, graph, link, node, registryWith, slowNode } from './helpers/test-nodes.ts'

/** src → double → add.a and src → add.b: the diamond of the runtime's contract. */
function diamond(): Runtime {
  const runtime = new Runtime(registryWith())
  runtime.load(
    graph(
      [node('src', 'test/source', { value: 3 }), node('dbl', 'test/double'), node('sum', 'test/add'), node('other', 'test/source', { value: 10 }), node('otherDbl', 'test/double')],
      [link('src', 'out', 'dbl', 'in'), link('dbl', 'out', 'sum', 'a'), link('src', 'out', 'sum', 'b'), link('other', 'out', 'otherDbl', 'in')],
    ),
  )
  return runtime
}

const valueOf = (r: Runtime, id: string): number | undefined => r.value(id, 'out', Port.Tensor)?.item()
const evaluations = (r: Runtime, id: string): number => r.stateNow(id).evaluations

describe('the runtime', () => {
  it('evaluates each node of a diamond once when the graph loads', async () => {
    const r = diamond()
    await r.whenIdle()
    expect(['src', 'dbl', 'sum'].map((id) => evaluations(r, id))).toEqual([1, 1, 1])
    expect(valueOf(r, 'sum')).toBe(9)
  })

  it('re-evaluates each node of the diamond once per change, never pairing new and old values', async () => {
    const r = diamond()
    await r.whenIdle()
    const seen: number[] = []
    r.output('sum', 'out', Port.Tensor).subscribe((t) => seen.push(t.item()))
    r.setParam('src', 'value', 5)
    await r.whenIdle()
    expect(['src', 'dbl', 'sum'].map((id) => evaluations(r, id))).toEqual([2, 2, 2])
    // 9 replayed, then 15 = 2·5 + 5: never 2·5 + 3 or 2·3 + 5.
    expect(seen).toEqual([9, 15])
  })

  it('batches several changes made together into one evaluation', async () => {
    const r = diamond()
    await r.whenIdle()
    r.setParam('src', 'value', 4)
    r.setParam('src', 'value', 6)
    await r.whenIdle()
    expect(evaluations(r, 'sum')).toBe(2)
    expect(valueOf(r, 'sum')).toBe(18)
  })

  it('re-evaluates nothing outside the downstream closure of a change', async () => {
    const r = diamond()
    await r.whenIdle()
    r.setParam('other', 'value', 11)
    await r.whenIdle()
    expect(['src', 'dbl', 'sum'].map((id) => evaluations(r, id))).toEqual([1, 1, 1])
    expect(['other', 'otherDbl'].map((id) => evaluations(r, id))).toEqual([2, 2])
  })

  it('evaluates nothing when a param is set to the value it already has', async () => {
    const r = diamond()
    await r.whenIdle()
    r.setParam('src', 'value', 3)
    await r.whenIdle()
    expect(['src', 'dbl', 'sum'].map((id) => evaluations(r, id))).toEqual([1, 1, 1])
  })

  it('never emits a slow result that a newer change superseded', async () => {
    const slow = slowNode()
    const r = new Runtime(registryWith(slow.def))
    r.load(graph([node('src', 'test/source', { value: 1 }), node('slow', 'test/slow', { offset: 0 }), node('dbl', 'test/double')], [link('src', 'out', 'slow', 'in'), link('slow', 'out', 'dbl', 'in')]))
    await new Promise((resolve) => setImmediate(resolve))
    r.setParam('slow', 'offset', 100)
    await new Promise((resolve) => setImmediate(resolve))
    expect(slow.pending.map((p) => p.value)).toEqual([1, 101])
    const seen: number[] = []
    r.output('slow', 'out', Port.Tensor).subscribe((t) => seen.push(t.item()))
    slow.pending[1].resolve()
    await new Promise((resolve) => setImmediate(resolve))
    slow.pending[0].resolve()
    await r.whenIdle()
    expect(seen).toEqual([101])
    expect(valueOf(r, 'dbl')).toBe(202)
  })

  it('reports a cycle in a loaded graph on every node involved and evaluates the rest', async () => {
    const r = new Runtime(registryWith())
    r.load(graph([node('a', 'test/double'), node('b', 'test/double'), node('src', 'test/source')], [link('a', 'out', 'b', 'in'), link('b', 'out', 'a', 'in')]))
    await r.whenIdle()
    expect(r.stateNow('a').error).toMatch(/cycle: a → b → a|cycle: b → a → b/)
    expect(r.stateNow('b').status).toBe('error')
    expect(valueOf(r, 'src')).toBe(1)
  })

  it('refuses a connection that would close a cycle, naming the cycle', () => {
    const r = diamond()
    r.disconnect(link('src', 'out', 'dbl', 'in'))
    expect(() => r.connect(link('sum', 'out', 'dbl', 'in'))).toThrow('this connection would create a cycle: sum → dbl → sum')
  })

  it('refuses a second connection into an input that takes one', () => {
    const r = diamond()
    expect(() => r.connect(link('other', 'out', 'dbl', 'in'))).toThrow('input dbl.in takes a single connection and already has one from src.out')
  })

  it('refuses a connection to a port the node does not have, listing its ports', () => {
    const r = diamond()
    expect(() => r.connect(link('sum', 'out', 'src', 'in'))).toThrow('"src" (test/source) has no input "in"; it has no inputs')
  })

  it('reports a required input left unconnected, naming the port', async () => {
    const r = new Runtime(registryWith())
    r.load(graph([node('d', 'test/double')], []))
    await r.whenIdle()
    expect(r.stateNow('d')).toMatchObject({ status: 'error', error: 'input "in" is not connected' })
  })

  it('refuses a param value of the wrong type, naming the node and the param', async () => {
    const r = diamond()
    expect(() => r.setParam('src', 'value', 'x')).toThrow(/node "src", param "value": expected a number/)
  })

  it('reports an error thrown by a node on that node and blocks what depends on it', async () => {
    const r = new Runtime(registryWith(failing))
    r.load(graph([node('bad', 'test/failing'), node('d', 'test/double')], [link('bad', 'out', 'd', 'in')]))
    await r.whenIdle()
    expect(r.stateNow('bad')).toMatchObject({ status: 'error', error: 'no data today' })
    expect(r.stateNow('d')).toMatchObject({ status: 'blocked', error: 'waiting for "bad", which has a problem' })
  })

  it('recomputes when a connection is removed and re-added', async () => {
    const r = diamond()
    await r.whenIdle()
    r.disconnect({ from: { node: 'src', port: 'out' }, to: { node: 'sum', port: 'b' } })
    await r.whenIdle()
    expect(r.stateNow('sum').status).toBe('error')
    r.connect({ from: { node: 'other', port: 'out' }, to: { node: 'sum', port: 'b' } })
    await r.whenIdle()
    expect(valueOf(r, 'sum')).toBe(16)
  })
})
