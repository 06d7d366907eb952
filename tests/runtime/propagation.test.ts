import { describe, expect, it } from 'vitest'
import type { Tensor } from '../../src/core/index.ts'
import { Runtime } from '../../src/runtime/runtime.ts'
import { Port } from '../../src/runtime/ports.ts'
import { graph, link, node, registryWith, slowNode } from './helpers/test-nodes.ts'

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

/** src (1) → slow (offset 0), its first evaluation in flight. */
async function withSlow(): Promise<{ r: Runtime; calls: ReturnType<typeof slowNode>['pending'] }> {
  const slow = slowNode()
  const r = new Runtime(registryWith(slow.def))
  r.load(graph([node('src', 'test/source', { value: 1 }), node('slow', 'test/slow', { offset: 0 })], [link('src', 'out', 'slow', 'in')]))
  await tick()
  return { r, calls: slow.pending }
}

describe('propagation in the runtime', () => {
  it('aborts an asynchronous evaluation as soon as a newer one replaces it', async () => {
    const { r, calls } = await withSlow()
    r.setParam('slow', 'offset', 5)
    await tick()
    expect(calls.map((c) => c.signal.aborted)).toEqual([true, false])
  })

  it('keeps the result of an evaluation in flight when a change leaves its inputs as they were', async () => {
    const { r, calls } = await withSlow()
    r.setParam('slow', 'offset', 0)
    await tick()
    calls[0].resolve()
    await r.whenIdle()
    expect(calls).toHaveLength(1)
    expect(r.value('slow', 'out', Port.Tensor)?.item()).toBe(1)
  })

  it('reports a node fed by a cycle as blocked and becomes idle, instead of waiting for the cycle', async () => {
    const r = new Runtime(registryWith())
    r.load(graph([node('a', 'test/double'), node('b', 'test/double'), node('c', 'test/double')], [link('a', 'out', 'b', 'in'), link('b', 'out', 'a', 'in'), link('b', 'out', 'c', 'in')]))
    await r.whenIdle()
    expect(r.stateNow('c')).toMatchObject({ status: 'blocked', error: 'waiting for "b", which has a problem' })
  })

  it('gives an output’s value typed by the port type asked for', async () => {
    const r = new Runtime(registryWith())
    r.load(graph([node('src', 'test/source', { value: 4 })], []))
    await r.whenIdle()
    const value: Tensor | undefined = r.value('src', 'out', Port.Tensor)
    expect(value?.item()).toBe(4)
  })

  it('refuses a typed read with a port type the node does not declare for that output', async () => {
    const r = new Runtime(registryWith())
    r.load(graph([node('src', 'test/source')], []))
    await r.whenIdle()
    expect(() => r.value('src', 'out', Port.Chart)).toThrow('node "src", output "out" carries Tensor values, not Chart')
  })

  it('refuses a typed read of an output the node does not have', () => {
    const r = new Runtime(registryWith())
    r.load(graph([node('src', 'test/source')], []))
    expect(() => r.output('src', 'training', Port.Training)).toThrow('node "src" (test/source) has no output port "training"')
  })
})
