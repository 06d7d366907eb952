import { describe, expect, it } from 'vitest'
import { Runtime } from '../../src/runtime/runtime.ts'
import { graph, link, node, registryWith } from './helpers/test-nodes.ts'

// A file may name a node type this Flowgrad does not know: the graph loads, the node fails.

function withPlaceholder(): Runtime {
  const runtime = new Runtime(registryWith())
  runtime.load(graph([node('future', 'test/from-the-future', { memory: 7 }), node('dbl', 'test/double')], [link('future', 'out', 'dbl', 'in')]))
  return runtime
}

describe('a node of an unknown type in the runtime', () => {
  it('loads with the graph and fails with a message naming its type', async () => {
    const r = withPlaceholder()
    await r.whenIdle()
    expect(r.stateNow('future')).toMatchObject({ status: 'error', error: expect.stringMatching(/^unknown node type "test\/from-the-future"/) })
  })

  it('leaves the nodes it feeds waiting for it', async () => {
    const r = withPlaceholder()
    await r.whenIdle()
    expect(r.stateNow('dbl')).toMatchObject({ status: 'blocked', error: 'waiting for "future", which has a problem' })
  })

  it('can be removed like any node', async () => {
    const r = withPlaceholder()
    await r.whenIdle()
    r.removeNode('future')
    await r.whenIdle()
    expect(r.nodeIds()).toEqual(['dbl'])
  })
})
