import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { IRIS_EXAMPLE, flowgrad, tempDir } from './helpers.ts'

describe('flowgrad run on a trainer that runs forever', () => {
  it('refuses it without an end, saying how to give one', () => {
    const r = flowgrad(['run', IRIS_EXAMPLE, '--out', tempDir(), '--set', 'fit-std.forever=true'])
    expect(r.code).toBe(2)
    expect(r.stderr.trim()).toBe('node "fit-std" runs forever (forever: true): give it an end with --set fit-std.epochs=N')
  })

  it('trains it for the epochs --set gives it', () => {
    const out = tempDir()
    const r = flowgrad(['run', IRIS_EXAMPLE, '--out', out, '--set', 'fit-std.forever=true', '--set', 'fit-std.epochs=2', '--set', 'fit-raw.epochs=1'])
    expect(r.code).toBe(0)
    const run = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')) as Record<string, { history: unknown[] }>
    expect(run['fit-std'].history).toHaveLength(2)
  }, 60_000)
})
