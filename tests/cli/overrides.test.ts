import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createRegistry } from '../../nodes/index.ts'
import { applySets } from '../../src/cli/overrides.ts'
import { UserError } from '../../src/cli/user-error.ts'
import { parseGraph } from '../../src/graph/load.ts'
import type { GraphDocument } from '../../src/graph/graph-file.ts'
import { IRIS_EXAMPLE } from './helpers.ts'

const registry = createRegistry()

function iris(): GraphDocument {
  const { document } = parseGraph(readFileSync(IRIS_EXAMPLE, 'utf8'), registry)
  if (!document) throw new Error('the iris example should load')
  return document
}

function refusal(doc: GraphDocument, sets: string[]): readonly string[] {
  try {
    applySets(doc, sets, registry)
  } catch (e) {
    if (e instanceof UserError) return e.lines
    throw e
  }
  return []
}

describe('--set overrides', () => {
  it.each(['constructor', '__proto__', 'toString'])('refuses the inherited name %s as a param', (name) => {
    expect(refusal(iris(), [`fit-std.${name}=1`])).toEqual([expect.stringMatching(new RegExp(`^--set fit-std\\.${name}=1: node "fit-std" \\(train/trainer\\) has no param "${name}"`))])
  })

  it('lists at most 20 node ids when the node is unknown', () => {
    const doc = iris()
    for (let i = 0; i < 1000; i++) doc.nodes.push({ ...doc.nodes[0], id: `extra-${i}` })
    expect(refusal(doc, ['fit.epochs=5'])[0]).toMatch(/\(nodes: iris, shuffle, .*, … \(1,013 in all\)\)$/)
  })
})
