import { describe, expect, it } from 'vitest'
import bce from '../../../nodes/loss/binary-crossentropy.ts'
import cce from '../../../nodes/loss/categorical-crossentropy.ts'
import logistic from '../../../nodes/loss/logistic.ts'
import mse from '../../../nodes/loss/mse.ts'
import { l2Param } from '../../../nodes/loss/common.ts'
import { lossDescription } from '../../../src/core/index.ts'
import { paramsOfHypers } from '../../../src/graph/hyper-params.ts'
import { param } from '../../../src/graph/params.ts'
import { evaluate, paramsOf } from '../helpers/evaluate.ts'

describe('loss nodes', () => {
  it("offer the params derived from their loss's description, then the l2 penalty", () => {
    for (const [node, kind] of [[mse, 'mse'], [bce, 'binary_crossentropy'], [cce, 'categorical_crossentropy']] as const) {
      expect(node.params).toEqual({ ...paramsOfHypers(lossDescription(kind).hyperparameters), l2: l2Param })
      expect(Object.keys(node.params)).toEqual([...Object.keys(lossDescription(kind).hyperparameters), 'l2'])
    }
  })

  it("offer the logistic loss's λ first, then its derived reduction", () => {
    expect(Object.keys(logistic.params)).toEqual(['lambda', 'reduction'])
    expect(logistic.params.reduction).toEqual(paramsOfHypers(lossDescription('logistic').hyperparameters).reduction)
    expect(logistic.params.lambda).toEqual(param.number({ default: 0.1, min: 0, max: 100, doc: 'λ: the weight of the ½·λ·‖w‖² penalty.' }))
  })

  it('keep the param names and defaults saved files rely on', () => {
    const defaults = Object.fromEntries([mse, bce, cce, logistic].map((n) => [n.type, paramsOf(n.params)]))
    expect(defaults).toEqual({
      'loss/mse': { reduction: 'mean', l2: 0 },
      'loss/binary-crossentropy': { fromLogits: false, reduction: 'mean', l2: 0 },
      'loss/categorical-crossentropy': { fromLogits: false, reduction: 'mean', l2: 0 },
      'loss/logistic': { lambda: 0.1, reduction: 'sum' },
    })
  })

  it('describe their loss by kind, reduction and penalty', async () => {
    expect(await evaluate(cce, {}, { fromLogits: true, l2: 0.01 })).toEqual({
      loss: { nodeId: 'categorical-crossentropy', kind: 'categorical_crossentropy', reduction: 'mean', fromLogits: true, l2: 0.01, l2PerEpoch: false },
    })
    expect(await evaluate(logistic, {}, { lambda: 0.5 })).toEqual({ loss: { nodeId: 'logistic', kind: 'logistic', reduction: 'sum', fromLogits: true, l2: 0.25, l2PerEpoch: true } })
  })
})
