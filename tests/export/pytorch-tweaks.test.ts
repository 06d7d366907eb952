import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { tempDir } from '../cli/helpers.ts'
import { epochCap, examplePath, maxRelativeLossDifference, mustRun, readJson, requirePython, runScript } from './helpers.ts'
import type { Histories } from './helpers.ts'

// A file records a live learning-rate gesture (0.001 → 0.003 before step 7, → 0.01 before
// step 12) made while the standardized iris trainer ran; the export replays each value at its
// step, as flowgrad run does.
function tweakedIris(): string {
  const doc = JSON.parse(readFileSync(examplePath('iris-standardization'), 'utf8')) as { nodes: { id: string; params: Record<string, unknown> }[]; tweaks: unknown[] }
  const adam = doc.nodes.find((n) => n.id === 'std-adam')
  if (!adam) throw new Error('the iris example has no std-adam node')
  adam.params.learningRate = 0.01
  const path = [
    { step: 7, value: 0.003 },
    { step: 12, value: 0.01 },
  ]
  doc.tweaks = [{ node: 'std-adam', param: 'learningRate', value: 0.01, from: 0.001, trainer: 'fit-std', step: 7, path }]
  const file = join(tempDir(), 'tweaked.flowgrad.json')
  writeFileSync(file, JSON.stringify(doc))
  return file
}

describe('the PyTorch export of a run with a recorded learning-rate gesture', () => {
  let flowgrad: Histories
  let pytorch: Histories
  let script: string

  beforeAll(() => {
    requirePython()
    const file = tweakedIris()
    const sets = epochCap('iris-standardization', 6)
    const runOut = tempDir()
    mustRun(['run', file, '--out', runOut, ...sets])
    flowgrad = readJson<Histories>(join(runOut, 'run.json'))
    const exportOut = join(tempDir(), 'pytorch')
    mustRun(['export', file, '--to', 'pytorch', '--out', exportOut, ...sets])
    pytorch = runScript(exportOut)
    script = readFileSync(join(exportOut, 'train.py'), 'utf8')
  }, 300_000)

  it('replays each value at its step and trains to the losses of flowgrad run', () => {
    expect(maxRelativeLossDifference(pytorch['fit-std'].history, flowgrad['fit-std'].history, 6)).toBeLessThan(1e-4)
  })

  it('starts the optimizer at the learning rate before the gesture and schedules its values at steps 7 and 12', () => {
    expect(script).toContain('Adam(params, learning_rate=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-7),  # std-adam\n        tweaks={7: [("learning_rate", 0.003)], 12: [("learning_rate", 0.01)]},')
  })
})
