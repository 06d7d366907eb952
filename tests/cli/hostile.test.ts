// The hostile files of issue 14 through `flowgrad validate` (in-process, real catalog):
// each gives a few short lines, whatever the file holds. The test timeout is the hang
// budget: before the fix the first file took 37 s, the cycle 9.9 s and 156 MB of output.
import { describe, expect, it } from 'vitest'
import { createRegistry } from '../../nodes/index.ts'
import { capturedOutput } from '../../src/cli/captured-output.ts'
import { validateFile } from '../../src/cli/validate.ts'
import { exists, pathsIn } from '../fuzz/locations.ts'
import { tempDir, writeGraph } from './helpers.ts'
import { cycleFile, hugeTypeFile, longIdsFile, protoTrainerFile, version0File } from './hostile-files.ts'

const registry = createRegistry()
const HANG_BUDGET_MS = 20_000
/** "A few KB" of output at most. */
const MAX_OUTPUT = 4096

function validate(text: string): { code: number; err: string } {
  const path = writeGraph(tempDir(), 'hostile.flowgrad.json', text)
  const out = capturedOutput()
  const err = capturedOutput()
  return { code: validateFile(path, registry, out, err), err: err.text() }
}

describe('flowgrad validate on hostile files', () => {
  it('a 40,000-character id and a connection from a 40,000-character unknown id give a few short lines', { timeout: HANG_BUDGET_MS }, () => {
    const r = validate(longIdsFile())
    expect(r.code).toBe(1)
    expect(r.err.length).toBeLessThanOrEqual(MAX_OUTPUT)
    expect(r.err).toMatch(/\$\.connections\[16\]\.from\.node: unknown node "b+…\(40,000 characters\)"/)
  })

  it('one node of an unknown 4 MB type gives one short line', { timeout: HANG_BUDGET_MS }, () => {
    const r = validate(hugeTypeFile())
    expect(r.err.length).toBeLessThanOrEqual(MAX_OUTPUT)
    expect(r.err).toMatch(/\$\.nodes\[0\]\.type \(node "iris"\): a node type must be at most 100 characters, got "z+…\(4,000,000 characters\)"/)
  })

  it('a trainer with id __proto__ is refused with one clear line', { timeout: HANG_BUDGET_MS }, () => {
    const r = validate(protoTrainerFile())
    expect(r.code).toBe(1)
    expect(r.err.trim().split('\n')).toEqual([
      expect.stringMatching(/hostile\.flowgrad\.json: \$\.nodes\[10\]\.id \(node "__proto__"\): the node id "__proto__" is reserved \(it could tamper with object prototypes\); choose another id$/),
    ])
  })

  it('a cycle of 4,000 nodes is reported in one line of its length and first members', { timeout: HANG_BUDGET_MS }, () => {
    const r = validate(cycleFile())
    expect(r.err.length).toBeLessThanOrEqual(MAX_OUTPUT)
    expect(r.err.trim().split('\n')).toEqual([expect.stringMatching(/\$\.nodes\[0\] \(node "standardize-0"\): cycle of 4,000 nodes: standardize-0 → standardize-1 → .* → … → standardize-0$/)])
  })

  it('a version 0 file gets problems only at paths that exist in it, messages included', { timeout: HANG_BUDGET_MS }, () => {
    const text = version0File()
    const r = validate(text)
    const paths = pathsIn(r.err)
    expect(paths.length).toBeGreaterThanOrEqual(5)
    expect(paths.filter((p) => !exists(JSON.parse(text), p))).toEqual([])
  })

  it('a version 0 file names edges and data in its problems', { timeout: HANG_BUDGET_MS }, () => {
    const r = validate(version0File())
    expect(pathsIn(r.err)).toEqual(expect.arrayContaining(['$.edges[2].targetPort', '$.edges[5].source', '$.edges[16]', '$.edges[10]', '$.nodes[9].data.learningRate']))
  })
})
