import { describe, expect, it } from 'vitest'
import { jsonPath, parseJsonPath } from '../../src/graph/json-path.ts'
import { existingPrefix, locateInOriginal } from '../../src/graph/locate.ts'
import { MIGRATIONS, migrate } from '../../src/graph/migrations.ts'

describe('JSON paths read back', () => {
  it('parse the paths jsonPath writes, quoted keys included', () => {
    const segments = ['nodes', 2, 'params', "it's-odd", 'a\\b', 0, '$x']
    expect(parseJsonPath(jsonPath(segments))).toEqual(segments)
  })

  it('refuse text that is not such a path', () => {
    expect([parseJsonPath('nodes[0]'), parseJsonPath('$.nodes[x]'), parseJsonPath("$['open")]).toEqual([null, null, null])
  })
})

describe('locating problems in the file the user gave', () => {
  const v0 = {
    format: 'flowgrad',
    version: 0,
    meta: { title: 'old' },
    nodes: [{ id: 'a', type: 't', position: [0, 0], data: { lr: 1 } }],
    edges: [{ source: 'a', sourcePort: 'o', target: 'a', targetPort: 'i', extra: 1 }],
  }
  const result = migrate(v0, 0, MIGRATIONS, 1)
  if (!result.ok) throw new Error(result.message)
  const at = locateInOriginal(v0, result)

  it.each([
    [['connections', 0, 'from', 'node'], '$.edges[0].source'],
    [['connections', 0, 'from', 'port'], '$.edges[0].sourcePort'],
    [['connections', 0, 'to', 'node'], '$.edges[0].target'],
    [['connections', 0, 'to', 'port'], '$.edges[0].targetPort'],
    [['connections', 0, 'to'], '$.edges[0]'],
    [['connections', 0, 'extra'], '$.edges[0].extra'],
    [['connections', 0], '$.edges[0]'],
    [['nodes', 0, 'params', 'lr'], '$.nodes[0].data.lr'],
  ])('maps %j back to %s', (path, expected) => {
    expect(at(path)).toBe(expected)
  })

  it('cuts a path below a missing key to that key', () => {
    expect(existingPrefix({ nodes: [{ id: 'a' }] }, ['nodes', 0, 'params', 'x'])).toEqual(['nodes', 0, 'params'])
  })

  it('keeps a path that exists whole', () => {
    expect(existingPrefix({ nodes: [{ id: 'a' }] }, ['nodes', 0, 'id'])).toEqual(['nodes', 0, 'id'])
  })

  it('never follows a key inherited from a prototype', () => {
    expect(existingPrefix({ nodes: [] }, ['nodes', 'length', 'x'])).toEqual(['nodes', 'length'])
  })
})
