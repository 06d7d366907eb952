import { beforeAll, describe, expect, it } from 'vitest'
import { epochCap, flowgradExport, flowgradRun, maxRelativeLossDifference, requirePython, runScriptDistributed } from './helpers.ts'
import type { Histories } from './helpers.ts'

// DistributedDataParallel with two CPU processes over gloo, each started by hand with the
// env:// variables (Debian's launcher for PyTorch 1.13 fails on Python 3.11): each process
// takes its share of every global minibatch, so the run equals the one-process run.
const EPOCHS = 10

describe('the PyTorch export of iris-standardization on two processes', () => {
  let flowgrad: Histories
  let distributed: Histories

  beforeAll(async () => {
    requirePython()
    const sets = epochCap('iris-standardization', EPOCHS)
    flowgrad = flowgradRun('iris-standardization', sets)
    distributed = await runScriptDistributed(flowgradExport('iris-standardization', 'pytorch', sets), 2)
  }, 300_000)

  it.each(['fit-raw', 'fit-std'])('trains %s to the losses of flowgrad run within 1e-4 relative over 10 epochs', (trainer) => {
    expect(maxRelativeLossDifference(distributed[trainer].history, flowgrad[trainer].history, EPOCHS)).toBeLessThan(1e-4)
  })
})
