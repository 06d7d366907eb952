import { describe, expect, it } from 'vitest'
import adagrad from '../../../nodes/optimizer/adagrad.ts'
import adam from '../../../nodes/optimizer/adam.ts'
import gd from '../../../nodes/optimizer/gd.ts'
import rmsprop from '../../../nodes/optimizer/rmsprop.ts'
import sgd from '../../../nodes/optimizer/sgd.ts'
import { optimizerDescription } from '../../../src/core/index.ts'
import { paramsOfHypers } from '../../../src/graph/hyper-params.ts'
import type { ParamDecl } from '../../../src/graph/params.ts'
import { paramsOf, evaluate } from '../helpers/evaluate.ts'

describe('optimizer nodes', () => {
  it("offer exactly the params derived from their optimizer's description", () => {
    for (const [node, kind] of [[sgd, 'sgd'], [adam, 'adam'], [rmsprop, 'rmsprop'], [adagrad, 'adagrad']] as const) {
      expect(node.params).toEqual(paramsOfHypers(optimizerDescription(kind).hyperparameters))
      expect([node.title, node.doc]).toEqual([optimizerDescription(kind).title, optimizerDescription(kind).doc])
    }
  })

  it("offer gradient descent SGD's learning rate alone, with its own default of 0.1", () => {
    expect(gd.params).toEqual({ learningRate: { ...paramsOfHypers(optimizerDescription('sgd').hyperparameters).learningRate, default: 0.1 } })
  })

  it('keep the param names and defaults saved files rely on', () => {
    const defaults = Object.fromEntries([sgd, adam, rmsprop, adagrad, gd].map((n) => [n.type, paramsOf(n.params)]))
    expect(defaults).toEqual({
      'optimizer/sgd': { learningRate: 0.01, momentum: 0, nesterov: false },
      'optimizer/adam': { learningRate: 0.001, beta1: 0.9, beta2: 0.999, epsilon: 1e-7 },
      'optimizer/rmsprop': { learningRate: 0.001, rho: 0.9, momentum: 0, epsilon: 1e-7, centered: false },
      'optimizer/adagrad': { learningRate: 0.001, initialAccumulatorValue: 0.1, epsilon: 1e-7 },
      'optimizer/gd': { learningRate: 0.1 },
    })
  })

  it('keep the sliders where they were: a learning rate up to 10, decay rates just short of 1', () => {
    const slider = (p: ParamDecl) => (p.kind === 'number' ? p.slider : undefined)
    expect([slider(adam.params.learningRate), slider(adam.params.beta1), slider(adam.params.beta2), slider(sgd.params.momentum), slider(rmsprop.params.rho)]).toEqual([
      { min: 1e-6, max: 10 },
      { min: 0, max: 0.9999 },
      { min: 0, max: 0.99999 },
      { min: 0, max: 0.999 },
      { min: 0, max: 0.9999 },
    ])
  })

  it('describe their optimizer by kind and hyperparameters, gradient descent as full-batch SGD', async () => {
    expect(await evaluate(rmsprop, {}, { centered: true })).toEqual({
      optimizer: { nodeId: 'rmsprop', kind: 'rmsprop', config: { learningRate: 0.001, rho: 0.9, momentum: 0, epsilon: 1e-7, centered: true }, fullBatch: false },
    })
    expect(await evaluate(gd, {})).toEqual({ optimizer: { nodeId: 'gd', kind: 'sgd', config: { learningRate: 0.1 }, fullBatch: true } })
  })
})
