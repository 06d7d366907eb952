import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { IRIS_EXAMPLE, ROOT, flowgrad, tempDir } from './helpers.ts'

const NO_TRAINER = join(ROOT, 'examples/activation-derivatives.flowgrad.json')
const short = ['--set', 'fit-raw.epochs=2', '--set', 'fit-std.epochs=2']

describe('flowgrad export', () => {
  it('writes train.py, the data, the initial weights and the minibatch order for PyTorch', () => {
    const out = join(tempDir(), 'export')
    expect(flowgrad(['export', IRIS_EXAMPLE, '--to', 'pytorch', '--out', out, ...short]).code).toBe(0)
    expect(readdirSync(out, { recursive: true }).map(String).sort()).toEqual(['data', 'data/iris.csv', 'data/rows.npz', 'initial_weights.npz', 'minibatches.npz', 'train.py'])
  })

  it('writes one model and one check per trainer for ONNX', () => {
    const out = join(tempDir(), 'export')
    expect(flowgrad(['export', IRIS_EXAMPLE, '--to', 'onnx', '--out', out, ...short]).code).toBe(0)
    expect(readdirSync(out).sort()).toEqual(['fit-raw.check.json', 'fit-raw.onnx', 'fit-std.check.json', 'fit-std.onnx'])
  })

  it('adds its files to an existing folder, keeping what was there', () => {
    const out = tempDir()
    writeFileSync(join(out, 'notes.txt'), 'mine')
    expect(flowgrad(['export', IRIS_EXAMPLE, '--to', 'keras', '--out', out, ...short]).code).toBe(0)
    expect(['notes.txt', 'train.py'].every((f) => existsSync(join(out, f)))).toBe(true)
  })
})

describe('flowgrad export refuses bad input in one line, with exit code 1, writing nothing', () => {
  it('refuses an unknown --to, naming the targets', () => {
    const out = join(tempDir(), 'export')
    const r = flowgrad(['export', IRIS_EXAMPLE, '--to', 'tensorflow', '--out', out])
    expect([r.code, r.stderr, existsSync(out)]).toEqual([1, '--to tensorflow: cannot export to "tensorflow"; expected pytorch, keras, onnx\n', false])
  })

  it('refuses a graph with no trainer', () => {
    const out = join(tempDir(), 'export')
    const r = flowgrad(['export', NO_TRAINER, '--to', 'pytorch', '--out', out])
    expect([r.code, r.stderr.split('\n').length, existsSync(out)]).toEqual([1, 2, false])
    expect(r.stderr).toMatch(/has no trainer: nothing to export/)
  })

  it('refuses a tweak other than an optimizer hyperparameter, naming it: the exporters do not replay those yet', () => {
    const dir = tempDir()
    const doc = JSON.parse(readFileSync(IRIS_EXAMPLE, 'utf8')) as { tweaks: unknown[] }
    doc.tweaks = [{ node: 'fit-std', param: 'batchSize', from: 30, value: 10, label: 'batch 30 → 10', trainer: 'fit-std', step: 10 }]
    const file = join(dir, 'tweaked.flowgrad.json')
    writeFileSync(file, JSON.stringify(doc))
    const out = join(dir, 'export')
    const r = flowgrad(['export', file, '--to', 'pytorch', '--out', out])
    expect([r.code, existsSync(out)]).toEqual([1, false])
    expect(r.stderr).toMatch(/node "fit-std": its tweak "batch 30 → 10" \(step 10\) is not an optimizer hyperparameter/)
  })

  it('refuses an --out it cannot write, leaving nothing behind', () => {
    const parent = tempDir()
    writeFileSync(join(parent, 'a-file'), '')
    const r = flowgrad(['export', IRIS_EXAMPLE, '--to', 'pytorch', '--out', join(parent, 'a-file', 'export'), ...short])
    expect([r.code, r.stderr.split('\n').length]).toEqual([1, 2])
    expect(r.stderr).toMatch(/^--out .*a-file\/export: cannot write the export there/)
    expect(readdirSync(parent)).toEqual(['a-file'])
  })

  it('refuses a missing --to, naming the targets', () => {
    const r = flowgrad(['export', IRIS_EXAMPLE])
    expect([r.code, r.stderr]).toEqual([1, 'flowgrad export needs --to pytorch|keras|onnx\n'])
  })
})
