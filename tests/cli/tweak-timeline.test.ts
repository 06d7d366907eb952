import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { serializeGraph } from '../../src/graph/serialize.ts'
import type { GraphDocument } from '../../src/graph/graph-file.ts'
import { Port } from '../../src/runtime/ports.ts'
import { Runtime } from '../../src/runtime/runtime.ts'
import { regressionGraph, trainingRegistry } from '../runtime/helpers/training-graph.ts'
import { link, node } from '../runtime/helpers/test-nodes.ts'
import { flowgrad, tempDir, writeGraph } from './helpers.ts'

interface RunJson {
  [trainer: string]: { history: { epoch: number; loss: number }[]; tweaks: unknown[] }
}

function losses(r: Runtime): number[] {
  return (r.value('fit', 'training', Port.Training)?.history ?? []).map((h) => h.loss)
}

async function idle(r: Runtime): Promise<void> {
  await r.whenIdle()
}

/** Swaps Adam for SGD after 7 steps, turns standardization off and halves the batch size after 12: three tweaks. */
async function tweakedRun(): Promise<{ doc: GraphDocument; live: number[]; untweaked: number[] }> {
  const base = regressionGraph({ epochs: 6 })
  const doc = { ...base, nodes: [...base.nodes, node('sgd', 'optimizer/sgd', { learningRate: 0.05, momentum: 0.9 })] }
  const r = new Runtime(trainingRegistry())
  r.load(doc)
  await idle(r)
  for (let i = 0; i < 7; i++) (r.command('stepBatch', 'fit'), await idle(r))
  r.disconnect(link('adam', 'optimizer', 'fit', 'optimizer'))
  r.connect(link('sgd', 'optimizer', 'fit', 'optimizer'))
  await idle(r)
  for (let i = 0; i < 5; i++) (r.command('stepBatch', 'fit'), await idle(r))
  r.setParam('std', 'enabled', false)
  r.setParam('fit', 'batchSize', 15)
  await idle(r)
  r.command('play', 'fit')
  await idle(r)
  const untweaked = new Runtime(trainingRegistry(), { autoplay: true })
  untweaked.load(doc)
  await idle(untweaked)
  return { doc: r.document(), live: losses(r), untweaked: losses(untweaked) }
}

function runFile(doc: GraphDocument, ...args: string[]): RunJson {
  const dir = tempDir()
  const file = writeGraph(dir, 'tweaked.flowgrad.json', serializeGraph(doc))
  const out = join(dir, 'out')
  const result = flowgrad(['run', file, '--out', out, ...args])
  expect(result.code, result.stderr).toBe(0)
  return JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')) as RunJson
}

describe('flowgrad run replays the timeline of tweaks', () => {
  it('gives the live run’s per-epoch losses, bit for bit, from the saved file', async () => {
    const { doc, live } = await tweakedRun()
    expect(doc.tweaks.map((t) => [t.label, t.step])).toEqual([
      ['Adam → SGD', 7],
      ['standardize off', 15],
      ['batch 30 → 15', 15],
    ])
    expect(runFile(doc).fit.history.map((h) => h.loss)).toEqual(live)
  })

  it('runs the file as first built with --no-tweaks', async () => {
    const { doc, untweaked } = await tweakedRun()
    const run = runFile(doc, '--no-tweaks')
    expect(run.fit.history.map((h) => h.loss)).toEqual(untweaked)
    expect(run.fit.tweaks).toEqual([])
  })
})
