import { describe, expect, it } from 'vitest'
import { createRegistry } from '../../../nodes/index.ts'
import { defaultParams, withDefaults } from '../../../src/graph/defaults.ts'
import type { ParamValues } from '../../../src/graph/graph-file.ts'
import { insertLayerAfter } from '../../../src/editor/layer-chain/insert-after.ts'
import { graph, link, node } from '../../runtime/helpers/test-nodes.ts'

const registry = createRegistry()
const defaultsOf = (type: string): ParamValues => {
  const schema = registry.get(type)
  return schema ? defaultParams(schema) : {}
}
const doc = withDefaults(
  graph([node('in', 'model/input', { features: 5 }), node('d1', 'model/dense', { units: 3 }), node('fit', 'train/trainer'), node('summary', 'model/summary')], [link('in', 'model', 'd1', 'model'), link('d1', 'model', 'fit', 'model'), link('d1', 'model', 'summary', 'model')]),
  registry,
)

describe('+ layer after', () => {
  it('inserts a Dense after the layer that takes over everything the layer fed', () => {
    const edit = insertLayerAfter(doc, 'd1', 3, defaultsOf, [500, 0])
    if (!edit.ok) throw new Error(edit.reason)
    expect(edit.nodeId).toBe('dense')
    expect(edit.doc.connections).toEqual([link('in', 'model', 'd1', 'model'), link('dense', 'model', 'fit', 'model'), link('dense', 'model', 'summary', 'model'), link('d1', 'model', 'dense', 'model')])
  })

  it('gives the new Dense as many units as its input is wide', () => {
    const edit = insertLayerAfter(doc, 'in', 5, defaultsOf, [500, 0])
    expect(edit.ok && edit.doc.nodes.find((n) => n.id === edit.nodeId)?.params.units).toBe(5)
  })

  it('gives the new Dense 32 units when its input width is not known', () => {
    const edit = insertLayerAfter(doc, 'd1', null, defaultsOf, [500, 0])
    expect(edit.ok && edit.doc.nodes.find((n) => n.id === edit.nodeId)?.params.units).toBe(32)
  })

  it('refuses a node that is not a layer', () => {
    expect(insertLayerAfter(doc, 'fit', 3, defaultsOf, [0, 0])).toEqual({ ok: false, reason: '"fit" is not a layer node' })
  })
})
