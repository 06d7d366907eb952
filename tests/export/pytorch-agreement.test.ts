import { beforeAll, describe, expect, it } from 'vitest'
import { EXAMPLES, epochCap, flowgradExport, flowgradRun, maxRelativeLossDifference, requirePython, runScript, trainerIds } from './helpers.ts'
import type { Histories } from './helpers.ts'

// The acceptance of the PyTorch export: the exported script, run with Debian's PyTorch, gives
// Flowgrad's per-epoch losses. Ten epochs per trainer keep the test short.
const EPOCHS = 10

describe.each(EXAMPLES)('the PyTorch export of %s', (example) => {
  let flowgrad: Histories
  let pytorch: Histories

  beforeAll(() => {
    requirePython()
    const sets = epochCap(example, EPOCHS)
    flowgrad = flowgradRun(example, sets)
    pytorch = runScript(flowgradExport(example, 'pytorch', sets))
  }, 300_000)

  it.each(trainerIds(example))('trains %s to the losses of flowgrad run within 1e-4 relative over 10 epochs', (trainer) => {
    expect(pytorch[trainer].history).toHaveLength(EPOCHS)
    expect(maxRelativeLossDifference(pytorch[trainer].history, flowgrad[trainer].history, EPOCHS)).toBeLessThan(1e-4)
  })

  it.each(trainerIds(example))('reports the accuracy of flowgrad run for %s in every epoch', (trainer) => {
    const accuracy = (h: Histories) => h[trainer].history.map((r) => r.accuracy)
    expect(accuracy(pytorch)).toEqual(accuracy(flowgrad))
  })
})
