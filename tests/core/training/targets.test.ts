import { describe, expect, it } from 'vitest'
import { prepareTargets, tensor } from '../../../src/core/index.ts'
import type { LabelledData } from '../../../src/core/index.ts'

const x = tensor([[1, 2], [3, 4], [5, 6]])
const widths = { features: 2, outputs: 3 }

describe('preparing targets for a model and a loss', () => {
  it('turns class indices into one-hot rows for a categorical cross-entropy', () => {
    const data: LabelledData = { x, y: tensor([[2], [0], [1]]), encoding: 'index', classes: ['a', 'b', 'c'] }
    const out = prepareTargets(data, 'categorical_crossentropy', widths)
    expect(out.encoding).toBe('one-hot')
    expect(out.y.shape).toEqual([3, 3])
    expect(Array.from(out.y.data)).toEqual([0, 0, 1, 1, 0, 0, 0, 1, 0])
  })

  it('keeps one-hot rows as they are', () => {
    const data: LabelledData = { x, y: tensor([[0, 0, 1], [1, 0, 0], [0, 1, 0]]), encoding: 'one-hot' }
    expect(prepareTargets(data, 'categorical_crossentropy', widths)).toBe(data)
  })

  it('refuses a logistic-loss label that is not −1 or +1, naming the row', () => {
    const data: LabelledData = { x, y: tensor([[1], [0], [-1]]), encoding: 'binary' }
    expect(() => prepareTargets(data, 'logistic', { features: 2, outputs: 1 })).toThrow('the logistic loss needs labels −1 or +1, found 0 at row 1')
  })

  it('refuses data whose feature count differs from the model’s input', () => {
    const data: LabelledData = { x, y: tensor([[1], [0], [1]]), encoding: 'binary' }
    expect(() => prepareTargets(data, 'mse', { features: 4, outputs: 1 })).toThrow("the data have 2 features but the model's input expects 4")
  })

  it('refuses targets whose width differs from the model’s output, naming the encoding', () => {
    const data: LabelledData = { x, y: tensor([[1], [0], [1]]), encoding: 'index' }
    expect(() => prepareTargets(data, 'mse', widths)).toThrow('the model outputs 3 values per sample but the targets have 1 (index encoding)')
  })
})
