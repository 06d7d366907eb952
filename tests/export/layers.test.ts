import { beforeAll, describe, expect, it } from 'vitest'
import { epochCap, fixturePath, flowgradExport, flowgradRun, maxRelativeLossDifference, requirePython, runScript, runScriptDistributed } from './helpers.ts'
import type { Histories } from './helpers.ts'
import { worstDifference } from './onnx-check.ts'

// The Sequential-era layers and the callbacks, exported: iris through a Sequential node holding
// Dense, BatchNormalization, Dropout and Activation layers, the newer activations, L1 and L2, a
// cosine schedule with warm-up and early stopping; and the same kinds as layer nodes with SGD,
// momentum and reduce-on-plateau. Flowgrad's dropout masks are replayed, so losses agree.
const GRAPHS = ['iris-sequential', 'iris-layer-nodes'] as const
const EPOCHS = 10

describe.each(GRAPHS)('the PyTorch export of %s', (graph) => {
  let flowgrad: Histories
  let pytorch: Histories

  beforeAll(() => {
    requirePython()
    const sets = epochCap(fixturePath(graph), EPOCHS)
    flowgrad = flowgradRun(fixturePath(graph), sets)
    pytorch = runScript(flowgradExport(fixturePath(graph), 'pytorch', sets))
  }, 300_000)

  it('trains to the losses of flowgrad run within 1e-4 relative over 10 epochs', () => {
    expect(pytorch['fit-std'].history).toHaveLength(EPOCHS)
    expect(maxRelativeLossDifference(pytorch['fit-std'].history, flowgrad['fit-std'].history, EPOCHS)).toBeLessThan(1e-4)
  })

  it('gives the validation losses of flowgrad run (inference mode: moving statistics, no dropout) within 1e-4', () => {
    const val = (h: Histories) => h['fit-std'].history.map((r) => ({ epoch: r.epoch, loss: r.val_loss }))
    expect(maxRelativeLossDifference(val(pytorch), val(flowgrad), EPOCHS)).toBeLessThan(1e-4)
  })
})

describe('early stopping in the PyTorch export', () => {
  it('stops after the epoch flowgrad run stops after', () => {
    const sets = ['--set', 'fit-std.patience=2']
    const flowgrad = flowgradRun(fixturePath('iris-sequential'), sets)
    const pytorch = runScript(flowgradExport(fixturePath('iris-sequential'), 'pytorch', sets))
    expect(flowgrad['fit-std'].history.length).toBeLessThan(12)
    expect(pytorch['fit-std'].history).toHaveLength(flowgrad['fit-std'].history.length)
  }, 300_000)
})

describe('the PyTorch export of iris-sequential on two processes', () => {
  it('trains to the losses of flowgrad run within 1e-4: batch statistics are the whole minibatch’s', async () => {
    const sets = epochCap(fixturePath('iris-sequential'), EPOCHS)
    const flowgrad = flowgradRun(fixturePath('iris-sequential'), sets)
    const pytorch = await runScriptDistributed(flowgradExport(fixturePath('iris-sequential'), 'pytorch', sets), 2)
    expect(maxRelativeLossDifference(pytorch['fit-std'].history, flowgrad['fit-std'].history, EPOCHS)).toBeLessThan(1e-4)
  }, 300_000)
})

describe.each(GRAPHS)('the ONNX export of %s', (graph) => {
  it('makes onnxruntime-web predict what Flowgrad predicts within 1e-5', async () => {
    const dir = flowgradExport(fixturePath(graph), 'onnx', epochCap(fixturePath(graph), EPOCHS))
    expect(await worstDifference(dir, 'fit-std')).toBeLessThan(1e-5)
  }, 300_000)
})
