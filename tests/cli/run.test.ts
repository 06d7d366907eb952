import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { IRIS_EXAMPLE, flowgrad, tempDir } from './helpers.ts'
import type { CliResult } from './helpers.ts'

interface RunJson {
  [trainer: string]: { status: string; history: { epoch: number; loss: number; accuracy: number }[]; tweaks: unknown[] }
}

const readRun = (dir: string): RunJson => JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8')) as RunJson

describe('flowgrad run on the iris standardization example', () => {
  let out: string
  let result: CliResult

  beforeAll(() => {
    out = tempDir()
    result = flowgrad(['run', IRIS_EXAMPLE, '--out', out])
  }, 120_000)

  it('exits 0', () => {
    expect(result.stderr.split('\n').filter((l) => /error|Error/.test(l))).toEqual([])
    expect(result.code).toBe(0)
  })

  it('writes the training curves as a valid SVG naming both series', () => {
    const svg = readFileSync(join(out, 'curves.svg'), 'utf8')
    expect(svg.startsWith('<svg')).toBe(true)
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true)
    expect(svg).toContain('Without standardization')
    expect(svg).toContain('With standardization')
  })

  it('records 100 epochs per trainer in run.json', () => {
    const run = readRun(out)
    expect(Object.keys(run).sort()).toEqual(['fit-raw', 'fit-std'])
    expect(run['fit-raw'].history).toHaveLength(100)
    expect(run['fit-std'].history).toHaveLength(100)
  })

  it('ends the standardized run at 0.97 accuracy or more', () => {
    expect(readRun(out)['fit-std'].history[99].accuracy).toBeGreaterThanOrEqual(0.97)
  })

  it('has a higher raw loss than standardized loss at epoch 5', () => {
    const run = readRun(out)
    expect(run['fit-raw'].history[4].loss).toBeGreaterThan(run['fit-std'].history[4].loss)
  })

  it('shows progress on stderr as plain lines when it is not a terminal', () => {
    expect(result.stderr).toMatch(/^fit-std: epoch 100\/100 loss/m)
  })
})

describe('flowgrad run options', () => {
  it('gives an identical run.json when run twice', () => {
    const [a, b] = [tempDir(), tempDir()]
    const args = ['--set', 'fit-raw.epochs=2', '--set', 'fit-std.epochs=2']
    expect(flowgrad(['run', IRIS_EXAMPLE, '--out', a, ...args]).code).toBe(0)
    expect(flowgrad(['run', IRIS_EXAMPLE, '--out', b, ...args]).code).toBe(0)
    expect(readFileSync(join(a, 'run.json'), 'utf8')).toBe(readFileSync(join(b, 'run.json'), 'utf8'))
  }, 60_000)

  it('applies --set to a trainer param', () => {
    const out = tempDir()
    expect(flowgrad(['run', IRIS_EXAMPLE, '--out', out, '--set', 'fit-raw.epochs=3', '--set', 'fit-std.epochs=5']).code).toBe(0)
    expect(readRun(out)['fit-std'].history).toHaveLength(5)
  }, 60_000)

  it('refuses --set on an unknown node, listing the nodes', () => {
    const r = flowgrad(['run', IRIS_EXAMPLE, '--out', tempDir(), '--set', 'fit.epochs=5'])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^--set fit\.epochs=5: no node "fit" in the graph \(nodes: iris, /m)
    expect(r.stderr).not.toMatch(/\n\s+at /)
  })

  it('refuses --set on an unknown param, listing the params', () => {
    const r = flowgrad(['run', IRIS_EXAMPLE, '--set', 'fit-std.epoch=5'])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/--set fit-std\.epoch=5: node "fit-std" \(train\/trainer\) has no param "epoch" \(params: epochs, /)
  })

  it('refuses a --set value that is not a number', () => {
    const r = flowgrad(['run', IRIS_EXAMPLE, '--set', 'fit-std.epochs=many'])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/--set fit-std\.epochs=many: "many" is not a number/)
  })

  it('refuses a --set value out of range', () => {
    const r = flowgrad(['run', IRIS_EXAMPLE, '--set', 'std-adam.learningRate=500'])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/--set std-adam\.learningRate=500: 500 is out of range/)
  })

  it('reports a missing file in one line, without a stack trace', () => {
    const r = flowgrad(['run', 'no-such-graph.flowgrad.json'])
    expect(r.code).toBe(1)
    expect(r.stderr.trim()).toBe('no-such-graph.flowgrad.json: no such file')
  })
})
