import { describe, it } from 'vitest'
import { binaryCrossentropy, categoricalCrossentropy, logisticLoss, meanSquaredError, softmax, sigmoid, tensor } from '../../../src/core/index.ts'
import type { Tensor } from '../../../src/core/index.ts'
import { assertGradients, seededInputs } from '../../helpers/gradcheck.ts'

const f64 = { dtype: 'float64' as const }
const inputs = seededInputs(11)
const oneHot = tensor([[0, 1, 0], [1, 0, 0], [0, 0, 1], [0, 1, 0]], undefined, f64)
const binary = tensor([[1], [0], [1], [0]], undefined, f64)
const signs = tensor([[1], [-1], [1], [-1]], undefined, f64)

describe('finite-difference gradient checks of every loss', () => {
  it('mse has gradients that match finite differences', () => {
    const target = inputs.uniform([4, 3])
    assertGradients((p: Tensor) => meanSquaredError().compute(target, p), [inputs.uniform([4, 3])])
  })

  it('mse with sum reduction has gradients that match finite differences', () => {
    const target = inputs.uniform([4, 3])
    assertGradients((p: Tensor) => meanSquaredError({ reduction: 'sum' }).compute(target, p), [inputs.uniform([4, 3])])
  })

  it('binary cross-entropy on probabilities has gradients that match finite differences', () => {
    assertGradients((z: Tensor) => binaryCrossentropy().compute(binary, sigmoid(z)), [inputs.uniform([4, 1])])
  })

  it('binary cross-entropy from logits has gradients that match finite differences', () => {
    assertGradients((z: Tensor) => binaryCrossentropy({ fromLogits: true }).compute(binary, z), [inputs.uniform([4, 1])])
  })

  it('categorical cross-entropy on softmax probabilities has gradients that match finite differences', () => {
    assertGradients((z: Tensor) => categoricalCrossentropy().compute(oneHot, softmax(z)), [inputs.uniform([4, 3])])
  })

  it('categorical cross-entropy from logits has gradients that match finite differences', () => {
    assertGradients((z: Tensor) => categoricalCrossentropy({ fromLogits: true }).compute(oneHot, z), [inputs.uniform([4, 3])])
  })

  it('categorical cross-entropy with sum reduction has gradients that match finite differences', () => {
    assertGradients((z: Tensor) => categoricalCrossentropy({ reduction: 'sum' }).compute(oneHot, softmax(z)), [inputs.uniform([4, 3])])
  })

  it('the logistic loss has gradients that match finite differences', () => {
    assertGradients((s: Tensor) => logisticLoss().compute(signs, s), [inputs.uniform([4, 1])])
  })
})
