import { describe, expect, it } from 'vitest'
import type { GraphDocument } from '../../src/graph/graph-file.ts'
import { parseGraph } from '../../src/graph/load.ts'
import { formatShape, inferShapes } from '../../src/graph/shapes.ts'
import { catalog, shapeFns } from './helpers/catalog.ts'
import { sampleFile, text } from './helpers/graphs.ts'

function sample(): GraphDocument {
  const { document } = parseGraph(text(sampleFile()), catalog)
  if (!document) throw new Error('expected the sample to load')
  return document
}

describe('shape inference', () => {
  it('propagates shapes through a chain of nodes', () => {
    const shapes = inferShapes(sample(), shapeFns)
    expect(shapes.get('iris')).toEqual({ dataset: [150, 4] })
    expect(shapes.get('std')).toEqual({ dataset: [150, 4], stats: [4, 2] })
    expect(shapes.get('input')).toEqual({ model: [null, 4] })
    expect(shapes.get('dense')).toEqual({ model: [null, 3] })
  })

  it('nodes without a shape function have no inferred shapes', () => {
    const shapes = inferShapes(sample(), shapeFns)
    expect(shapes.has('fit')).toBe(false)
  })

  it('an unconnected input has an unknown shape', () => {
    const doc = sample()
    const shapes = inferShapes({ ...doc, connections: [] }, shapeFns)
    expect(shapes.get('std')).toEqual({})
  })

  it('nodes in a cycle are skipped; nodes after it see unknown inputs', () => {
    const node = (id: string) => ({ id, type: 'preprocess/standardize', position: [0, 0] as [number, number], params: {} })
    const conn = (a: string, b: string) => ({ from: { node: a, port: 'dataset' }, to: { node: b, port: 'data' } })
    const shapes = inferShapes({ nodes: [node('a'), node('b'), node('c')], connections: [conn('a', 'b'), conn('b', 'a'), conn('b', 'c')] }, shapeFns)
    expect([...shapes.keys()]).toEqual(['c'])
    expect(shapes.get('c')).toEqual({})
  })

  it('a throwing shape function leaves that node unknown and is reported', () => {
    const errors: string[] = []
    const shapes = inferShapes(
      sample(),
      (type) => (type === 'data/iris' ? () => { throw new Error('boom') } : shapeFns(type)),
      (id, e) => errors.push(`${id}: ${e instanceof Error ? e.message : String(e)}`),
    )
    expect(errors).toEqual(['iris: boom'])
    expect(shapes.get('std')).toEqual({})
  })

  it('formatShape writes dimensions with × and unknown ones as ?', () => {
    expect(formatShape([150, 4])).toBe('150×4')
    expect(formatShape([null, 3])).toBe('?×3')
    expect(formatShape([])).toBe('scalar')
  })
})
