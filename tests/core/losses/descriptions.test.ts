import { describe, expect, it } from 'vitest'
import { binaryCrossentropy, categoricalCrossentropy, createLoss, logisticLoss, meanSquaredError, lossDescription, lossNames, readLossConfig, tensor } from '../../../src/core/index.ts'
import type { Hyper, LossName } from '../../../src/core/index.ts'
import { accepts, probes } from '../../helpers/hyper-probes.ts'

/** A factory as plain JavaScript (or a file) calls it: any config, checked at run time. */
function build(kind: LossName, config: Readonly<Record<string, unknown>>): boolean {
  try {
    createLoss(kind, readLossConfig(kind, config))
    return true
  } catch {
    return false
  }
}

const yTrue = tensor([[1, 0], [0, 1]])
const yPred = tensor([[0.8, 0.2], [0.3, 0.7]])

describe('loss descriptions', () => {
  for (const kind of lossNames) {
    it(`${kind} accepts exactly the values its description accepts`, () => {
      for (const [name, h] of Object.entries<Hyper>(lossDescription(kind).hyperparameters)) {
        for (const v of probes(h)) expect({ name, v, ok: build(kind, { [name]: v }) }).toEqual({ name, v, ok: accepts(h, v) })
      }
    })

    it(`${kind} starts from its described default reduction`, () => {
      expect(createLoss(kind).reduction).toBe(lossDescription(kind).hyperparameters.reduction.default)
    })
  }

  it('makes by name the loss each factory makes, and every name has one', () => {
    const factories = [meanSquaredError, binaryCrossentropy, categoricalCrossentropy, logisticLoss]
    expect(factories.map((f) => f.kind).sort()).toEqual([...lossNames].sort())
    for (const f of factories) {
      expect(f.description).toBe(lossDescription(f.kind))
      expect(createLoss(f.kind, { reduction: 'sum' }).compute(yTrue, yPred).item()).toBe(f({ reduction: 'sum' }).compute(yTrue, yPred).item())
    }
  })

  it('creates a loss from one record that also holds names other kinds use', () => {
    const spec = { reduction: 'sum', fromLogits: true } as const
    expect(createLoss('mse', spec).reduction).toBe('sum')
    expect(createLoss('binary_crossentropy', spec).compute(tensor([[1]]), tensor([[0]])).item()).toBeCloseTo(Math.log(2), 6)
  })

  it('names the loss and the argument when a value is refused', () => {
    expect(() => binaryCrossentropy({ fromLogits: 'yes' as unknown as boolean })).toThrow('binary_crossentropy: fromLogits must be true or false, got "yes"')
  })

  it('refuses a name the loss does not describe when reading untyped values', () => {
    expect(() => readLossConfig('mse', { fromLogits: true })).toThrow('mse: unknown hyperparameter "fromLogits"; expected one of reduction')
  })

  it('sums the logistic loss over samples by default, as the chapter does', () => {
    expect(lossDescription('logistic').hyperparameters.reduction.options).toEqual(['sum', 'mean'])
    expect(createLoss('logistic').reduction).toBe('sum')
  })
})
