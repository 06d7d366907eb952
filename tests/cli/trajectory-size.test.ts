import { readFileSync, writeFileSync } from 'node:fs'
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

  it('still draws on a trajectory plot wired to that trainer', () => {
    const dir = tempDir()
    const graph = JSON.parse(readFileSync('examples/iris-standardization.flowgrad.json', 'utf8')) as { nodes: { id: string; type: string; position: number[]; params: Record<string, unknown> }[]; connections: object[] }
    graph.nodes.push({ id: 'path', type: 'plot/trajectory', position: [3000, 0], params: {} })
    graph.connections.push({ from: { node: 'fit-std', port: 'training' }, to: { node: 'path', port: 'runs' } })
    writeFileSync(join(dir, 'graph.flowgrad.json'), JSON.stringify(graph))
    const r = flowgrad(['run', join(dir, 'graph.flowgrad.json'), '--set', 'fit-std.recordTrajectory=true', '--set', 'fit-std.epochs=6', '--set', 'fit-raw.epochs=1', '--out', join(dir, 'out')])
    expect(r.code).toBe(0)
    const svg = readFileSync(join(dir, 'out', 'path.svg'), 'utf8')
    // The run's name in the legend, and one line through the kept weight vectors (axes and
    // grid lines are single segments).
    expect(svg).toContain('With standardization')
    const segments = (svg.match(/<path d="[^"]*"/g) ?? []).map((d) => d.split('L').length - 1)
    expect(Math.max(...segments)).toBeGreaterThanOrEqual(2)
  }, 120_000)
})
