import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { tempDir } from '../cli/helpers.ts'
import { mustRun, readJson, requirePython, runScript } from './helpers.ts'
import type { EpochRecord, Histories } from './helpers.ts'

// The examples have no validation data and no L2 penalty on a cross-entropy: this graph adds
// selected features, a train/validation split, a model-wide decay and one layer's own L2.
const FILE = join(import.meta.dirname, 'fixtures/iris-validation.flowgrad.json')

const worst = (a: readonly EpochRecord[], b: readonly EpochRecord[], key: string): number => Math.max(...b.map((r, i) => Math.abs(a[i][key] - r[key]) / Math.abs(r[key])))

describe('the PyTorch export of a graph with validation data and L2 penalties', () => {
  let flowgrad: EpochRecord[]
  let pytorch: EpochRecord[]

  beforeAll(() => {
    requirePython()
    const runOut = tempDir()
    mustRun(['run', FILE, '--out', runOut])
    flowgrad = readJson<Histories>(join(runOut, 'run.json'))['fit-std'].history
    const exportOut = join(tempDir(), 'pytorch')
    mustRun(['export', FILE, '--to', 'pytorch', '--out', exportOut])
    pytorch = runScript(exportOut)['fit-std'].history
  }, 300_000)

  it('trains to the losses of flowgrad run within 1e-4 relative', () => {
    expect(worst(pytorch, flowgrad, 'loss')).toBeLessThan(1e-4)
  })

  it('reports the validation losses of flowgrad run within 1e-4 relative', () => {
    expect(worst(pytorch, flowgrad, 'val_loss')).toBeLessThan(1e-4)
  })

  it('reports the validation accuracy of flowgrad run', () => {
    expect(pytorch.map((r) => r.val_accuracy)).toEqual(flowgrad.map((r) => r.val_accuracy))
  })
})
