import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { serializeGraph } from '../../src/graph/serialize.ts'
import type { GraphDocument } from '../../src/graph/graph-file.ts'
import dropout from '../../nodes/model/dropout.ts'
import batchNorm from '../../nodes/model/batch-normalization.ts'
import sequential from '../../nodes/model/sequential.ts'
import { trainingRegistryWith } from '../runtime/helpers/training-graph.ts'
import { modelGraph, sequentialGraph, stackOf } from '../runtime/helpers/model-graphs.ts'
import { loaded, steps, toTheEnd } from '../runtime/helpers/live-run.ts'
import { flowgrad, tempDir, writeGraph } from './helpers.ts'

const registry = trainingRegistryWith(dropout, batchNorm, sequential)

/** `doc` trained 7 steps, changed, trained to the end: the saved file and the live per-epoch losses. */
async function changedRun(doc: GraphDocument, change: (r: Awaited<ReturnType<typeof loaded>>) => void): Promise<{ file: string; live: number[] }> {
  const r = await loaded(registry, doc)
  await steps(r, 7)
  change(r)
  await r.whenIdle()
  const live = await toTheEnd(r)
  return { file: serializeGraph(r.document()), live }
}

function cliLosses(text: string): number[] {
  const dir = tempDir()
  const out = join(dir, 'out')
  const result = flowgrad(['run', writeGraph(dir, 'changed.flowgrad.json', text), '--out', out])
  expect(result.code, result.stderr).toBe(0)
  const run = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')) as Record<string, { history: { loss: number }[] }>
  return run.fit.history.map((h) => h.loss)
}

describe('flowgrad run replays model changes made while training', () => {
  it('a layer node widened and its activation changed mid-run replay from the saved file, bit for bit', async () => {
    const { file, live } = await changedRun(modelGraph(), (r) => {
      r.setParam('hidden', 'units', 32)
      r.setParam('hidden', 'activation', 'tanh')
    })
    expect(cliLosses(file)).toEqual(live)
  })

  it('a Sequential node’s layer list changed mid-run is saved as a tweak and replays, bit for bit', async () => {
    const { file, live } = await changedRun(sequentialGraph(16), (r) => r.setParam('seq', 'layers', stackOf(16, 8)))
    expect(file).toContain('"label": "+ layer dense 8"')
    expect(cliLosses(file)).toEqual(live)
  })
})
