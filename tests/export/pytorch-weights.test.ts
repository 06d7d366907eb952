import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { tempDir } from '../cli/helpers.ts'
import { epochCap, examplePath, flowgradExport, mustRun, readJson, requirePython, runScript } from './helpers.ts'

interface Trajectories {
  [trainer: string]: { trajectory: number[][] }
}

// gd-vs-sgd records each trainer's weights after every step, so the weights the exported
// script trained can be held against the ones Flowgrad ended with.
describe('the PyTorch export with --weights trained', () => {
  let weights: Record<string, number[]>
  let flowgrad: Trajectories

  beforeAll(() => {
    const sets = epochCap('gd-vs-sgd', 5)
    const dir = flowgradExport('gd-vs-sgd', 'pytorch', [...sets, '--weights', 'trained'])
    runScript(dir)
    const read = 'import json, sys, numpy as np; w = np.load(sys.argv[1]); print(json.dumps({k: w[k].ravel().tolist() for k in w.files}))'
    const r = spawnSync(requirePython(), ['-c', read, join(dir, 'trained_weights.npz')], { encoding: 'utf8' })
    weights = JSON.parse(r.stdout) as Record<string, number[]>
    const out = tempDir()
    mustRun(['run', examplePath('gd-vs-sgd'), '--out', out, ...sets])
    flowgrad = readJson<Trajectories>(join(out, 'run.json'))
  }, 300_000)

  it.each(['fit-gd', 'fit-sgd'])("saves %s's trained kernel, equal to Flowgrad's last weights within 1e-5", (trainer) => {
    const last = flowgrad[trainer].trajectory.at(-1) ?? []
    const kernel = weights[`${trainer}/alpha/kernel`]
    expect(Math.max(...kernel.map((w, i) => Math.abs(w - last[i])))).toBeLessThan(1e-5)
  })
})
