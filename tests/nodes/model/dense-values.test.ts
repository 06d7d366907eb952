import { describe, expect, it } from 'vitest'
import { Dense, Random, Sequential, input } from '../../../src/core/index.ts'
import logistic2d from '../../../nodes/data/logistic-2d.ts'
import dense from '../../../nodes/model/dense.ts'
import inputNode from '../../../nodes/model/input.ts'
import { buildModel } from '../../../src/runtime/model-builder.ts'
import type { ModelSpec } from '../../../src/runtime/values.ts'
import { evaluate } from '../helpers/evaluate.ts'

const weights = (spec: ModelSpec): number[][] => buildModel(spec).trainableWeights.map((w) => Array.from(w.data))

describe("model/dense with the 'values' initializers", () => {
  it("starts the chapter's α at (1, −3) with either generator", async () => {
    const { dataset } = await evaluate(logistic2d, {})
    for (const generator of ['default', 'numpy-legacy'] as const) {
      const { model } = await evaluate(dense, { model: undefined, data: dataset }, { units: 1, activation: 'linear', useBias: false, kernelInitializer: 'values', kernelValues: [1, -3], generator })
      expect(weights(model)).toEqual([[1, -3]])
    }
  })

  it('sets kernel (row by row) and bias values after an Input', async () => {
    const { model: start } = await evaluate(inputNode, { data: undefined }, { features: 2 })
    const { model } = await evaluate(dense, { model: start, data: undefined }, { units: 3, kernelInitializer: 'values', kernelValues: [1, 2, 3, 4, 5, 6], biasInitializer: 'values', biasValues: [0.5, -0.5, 0] })
    const built = buildModel(model)
    const layer = built.layers[0] as Dense
    expect(layer.kernel?.shape).toEqual([2, 3])
    expect(Array.from(layer.kernel?.data ?? [])).toEqual([1, 2, 3, 4, 5, 6])
    expect(Array.from(layer.bias?.data ?? [])).toEqual([0.5, -0.5, 0])
  })

  it('draws nothing from the generator: the next layer gets the same numbers as without it', async () => {
    const { model: start } = await evaluate(inputNode, { data: undefined }, { features: 2, generator: 'numpy-legacy' })
    const { model: fixed } = await evaluate(dense, { model: start, data: undefined }, { units: 1, useBias: false, kernelInitializer: 'values', kernelValues: [1, -3] }, { nodeId: 'fixed' })
    const { model: chain } = await evaluate(dense, { model: fixed, data: undefined }, { units: 2, kernelInitializer: 'standardNormal', useBias: false }, { nodeId: 'next' })
    const { model: alone } = await evaluate(dense, { model: { ...start, inputShape: [1] }, data: undefined }, { units: 2, kernelInitializer: 'standardNormal', useBias: false }, { nodeId: 'next' })
    expect(weights(chain)[1]).toEqual(weights(alone)[0])
  })

  it('names the param when the number of kernel values does not fit the kernel', async () => {
    const { dataset } = await evaluate(logistic2d, {})
    await expect(evaluate(dense, { model: undefined, data: dataset }, { units: 1, kernelInitializer: 'values', kernelValues: [1, -3, 2] })).rejects.toThrow(
      "kernelValues has 3 numbers but kernelInitializer 'values' needs 2: the 2×1 kernel row by row (2 inputs × 1 unit)",
    )
  })

  it('names the param when the number of bias values does not fit the units', async () => {
    const { dataset } = await evaluate(logistic2d, {})
    await expect(evaluate(dense, { model: undefined, data: dataset }, { units: 2, biasInitializer: 'values', biasValues: [1] })).rejects.toThrow("biasValues has 1 number but biasInitializer 'values' needs 2: one per unit")
  })

  it('ignores bias values when the layer has no bias', async () => {
    const { dataset } = await evaluate(logistic2d, {})
    const { model } = await evaluate(dense, { model: undefined, data: dataset }, { units: 1, useBias: false, biasInitializer: 'values' })
    expect(buildModel(model).countParams()).toBe(2)
  })

  it('the core Dense refuses a wrong count when it is built, naming the layer', () => {
    const layer = new Dense({ units: 2, kernelInitializer: 'values', kernelValues: [1, 2, 3], name: 'alpha' })
    expect(() => new Sequential([input([2]), layer], { rng: new Random(0) })).toThrow('Dense "alpha": kernelValues has 3 numbers but the kernel is 2×2 (4 weights')
    expect(() => new Dense({ units: 2, kernelInitializer: 'values' })).toThrow("kernelInitializer 'values' needs kernelValues")
  })
})
