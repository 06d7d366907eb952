import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as ort from 'onnxruntime-web'
import { readJson } from './helpers.ts'

interface Check {
  input: number[][]
  output: number[][]
}

// One WebAssembly thread: Node runs onnxruntime-web without its worker pool.
ort.env.wasm.numThreads = 1

/** The largest absolute difference between onnxruntime-web's outputs for check.json's input and Flowgrad's predictions. */
export async function worstDifference(dir: string, trainer: string): Promise<number> {
  const check = readJson<Check>(join(dir, `${trainer}.check.json`))
  const session = await ort.InferenceSession.create(readFileSync(join(dir, `${trainer}.onnx`)))
  const rows = check.input.length
  const x = new ort.Tensor('float32', Float32Array.from(check.input.flat()), [rows, check.input[0].length])
  const { y } = await session.run({ x })
  const got = y.data as Float32Array
  return Math.max(...check.output.flat().map((v, i) => Math.abs(v - got[i])))
}
