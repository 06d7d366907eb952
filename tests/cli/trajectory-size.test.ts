import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { TRAJECTORY_BUDGET } from '../../src/runtime/training/trajectory.ts'
import { flowgrad, tempDir } from './helpers.ts'

interface TrainerJson {
  trajectory: number[][]
  trajectoryEvery?: number
}

describe('a recorded trajectory of a large network', () => {
  it('stays within its budget in run.json, says so, and reads back', () => {
    const out = join(tempDir(), 'out')
    const r = flowgrad(['run', 'examples/iris-standardization.flowgrad.json', '--set', 'fit-std.recordTrajectory=true', '--set', 'fit-std.epochs=6', '--set', 'fit-raw.epochs=1', '--out', out])
    expect(r.code).toBe(0)
    expect(r.stderr).toMatch(/fit-std: its trajectory keeps one step in 4 \(8 of 31 weight vectors of 133,635 weights\)/)
    const run = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')) as Record<string, TrainerJson>
    const { trajectory, trajectoryEvery } = run['fit-std']
    expect(trajectoryEvery).toBe(4)
    expect(trajectory.length * trajectory[0].length).toBeLessThanOrEqual(TRAJECTORY_BUDGET)
  }, 120_000)
})
