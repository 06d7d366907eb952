import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as ort from 'onnxruntime-web'
import protobuf from 'protobufjs'
import { beforeAll, describe, expect, it } from 'vitest'
import { ROOT } from '../cli/helpers.ts'
import { EXAMPLES, epochCap, flowgradExport, trainerIds } from './helpers.ts'
import { worstDifference } from './onnx-check.ts'

describe.each(EXAMPLES)('the ONNX export of %s', (example) => {
  let dir: string

  beforeAll(() => {
    // Ten epochs per trainer keep the test short; the weights are trained ones all the same.
    dir = flowgradExport(example, 'onnx', epochCap(example, 10))
  }, 300_000)

  it.each(trainerIds(example))('makes onnxruntime-web predict what Flowgrad predicts for %s within 1e-5', async (trainer) => {
    expect(await worstDifference(dir, trainer)).toBeLessThan(1e-5)
  })
})

describe('an exported ONNX model', () => {
  let dir: string

  beforeAll(() => {
    dir = flowgradExport('playground-spiral', 'onnx', epochCap('playground-spiral', 1))
  }, 120_000)

  it('takes its input as x and gives its output as y', async () => {
    const session = await ort.InferenceSession.create(readFileSync(join(dir, 'fit.onnx')))
    expect([session.inputNames, session.outputNames]).toEqual([['x'], ['y']])
  })

  it('declares ONNX IR version 8 and the default domain at opset 17', () => {
    const type = protobuf.parse(readFileSync(join(ROOT, 'src/export/onnx/onnx.proto'), 'utf8'), { keepCase: true }).root.lookupType('onnx.ModelProto')
    const model = type.toObject(type.decode(readFileSync(join(dir, 'fit.onnx'))), { longs: Number })
    expect([model.ir_version, model.opset_import]).toEqual([8, [{ domain: '', version: 17 }]])
  })
})
