import { describe, expect, it } from 'vitest'
import { parseGraph } from '../../src/graph/load.ts'
import { migrate } from '../../src/graph/migrations.ts'
import type { Migration } from '../../src/graph/migrations.ts'
import { serializeGraph } from '../../src/graph/serialize.ts'
import { catalog } from './helpers/catalog.ts'
import { text } from './helpers/graphs.ts'
import type { JsonFile } from './helpers/graphs.ts'

const v0File: JsonFile = {
  format: 'flowgrad',
  version: 0,
  meta: { title: 'Pre-release' },
  nodes: [
    { id: 'iris', type: 'data/iris', position: [0, 0], data: {} },
    { id: 'std', type: 'preprocess/standardize', position: [200, 0], data: {} },
    { id: 'adam', type: 'optimizer/adam', position: [0, 200], data: { learningRate: 0.01 } },
  ],
  edges: [{ source: 'iris', sourcePort: 'dataset', target: 'std', targetPort: 'data' }],
}

describe('migrations', () => {
  it('a version 0 file is migrated: edges become connections, data becomes params, tweaks appear', () => {
    const { document, problems, migratedFrom } = parseGraph(text(v0File), catalog)
    expect(problems).toEqual([])
    expect(migratedFrom).toBe(0)
    expect(document?.version).toBe(2)
    expect(document?.connections).toEqual([{ from: { node: 'iris', port: 'dataset' }, to: { node: 'std', port: 'data' } }])
    expect(document?.nodes[2].params).toEqual({ learningRate: 0.01, beta1: 0.9 })
    expect(document?.tweaks).toEqual([])
  })

  it('a migrated file saves as a current version file that loads without migrating', () => {
    const { document } = parseGraph(text(v0File), catalog)
    if (!document) throw new Error('expected a document')
    const saved = serializeGraph(document)
    const reloaded = parseGraph(saved, catalog)
    expect(JSON.parse(saved)).toMatchObject({ version: 2 })
    expect(saved).not.toContain('"edges"')
    expect(reloaded.problems).toEqual([])
    expect(reloaded.migratedFrom).toBeUndefined()
    expect(reloaded.document).toEqual(document)
  })

  it('problems in a migrated file are reported at their paths in the file as written', () => {
    const file: JsonFile = { ...v0File, edges: [{ source: 'iris', sourcePort: 'dataset', target: 'std', targetPort: 'input' }] }
    const { problems } = parseGraph(text(file), catalog)
    expect(problems.map((p) => [p.path, p.nodeId, p.port])).toEqual([
      ['$.edges[0].targetPort', 'std', 'input'],
      ['$.nodes[1]', 'std', 'data'],
    ])
  })

  it('a problem in a version 0 edge names the edge field, not the migrated connection', () => {
    const file: JsonFile = { ...v0File, edges: [{ source: 'iriss', sourcePort: 'dataset', target: 'std', targetPort: 'data' }] }
    expect(parseGraph(text(file), catalog).problems.map((p) => p.path)).toContain('$.edges[0].source')
  })

  it('a problem in a version 0 node\'s data names data, not params', () => {
    const file: JsonFile = { ...v0File, nodes: [{ id: 'adam', type: 'optimizer/adam', position: [0, 0], data: { learningRate: 99 } }], edges: [] }
    expect(parseGraph(text(file), catalog).problems.map((p) => p.path)).toEqual(['$.nodes[0].data.learningRate'])
  })

  it('a missing field of a version 0 edge is named by its own field', () => {
    const file: JsonFile = { ...v0File, edges: [{ sourcePort: 'dataset', target: 'std', targetPort: 'data' }] }
    expect(parseGraph(text(file), catalog).problems[0]).toEqual({ path: '$.edges[0].source', message: 'missing: expected a string' })
  })

  it('an unknown field of a version 0 edge is named where it is', () => {
    const file: JsonFile = { ...v0File, edges: [{ source: 'iris', sourcePort: 'dataset', target: 'std', targetPort: 'data', weight: 2 }] }
    expect(parseGraph(text(file), catalog).problems.map((p) => p.path)).toEqual(['$.edges[0].weight'])
  })

  it('migration steps run in order, each raising the version by one', () => {
    const seen: number[] = []
    const steps: Migration[] = [0, 1, 2].map((from) => ({
      from,
      description: `step ${from}`,
      migrate: (file) => {
        seen.push(Number(file.version))
        return { ...file, [`step${from}`]: true }
      },
    }))
    const result = migrate({ version: 0 }, 0, steps, 3)
    expect(seen).toEqual([0, 1, 2])
    expect(result).toMatchObject({ ok: true, file: { version: 3, step0: true, step1: true, step2: true } })
  })

  it('a missing migration step is reported, not skipped', () => {
    expect(migrate({ version: 0 }, 0, [], 1)).toEqual({ ok: false, message: 'version 0 cannot be read: no migration from version 0 to 1' })
  })

  it('migrating does not change the raw file it is given', () => {
    const copy = JSON.parse(text(v0File)) as Record<string, unknown>
    migrate(copy, 0)
    expect(copy).toEqual(JSON.parse(text(v0File)))
  })
})
