import { defineNode, output } from '../../src/runtime/define-node.ts'
import { Port } from '../../src/runtime/ports.ts'
import { param } from '../../src/graph/params.ts'

export default defineNode({
  type: 'loss/logistic',
  title: 'Logistic loss (±1 labels)',
  doc: "The chapter's regularised logistic regression: Σ log(1 + exp(−y·s)) over samples with labels y = ±1 and scores s, plus ½·λ·‖w‖². With minibatches, the trainer divides λ by the number of batches per epoch, as the chapter's SGD does.",
  inputs: {},
  outputs: { loss: output(Port.Loss) },
  params: {
    lambda: param.number({ default: 0.1, min: 0, max: 100, doc: 'λ: the weight of the ½·λ·‖w‖² penalty.' }),
    reduction: param.select({ default: 'sum', options: ['sum', 'mean'], doc: "The chapter sums over samples; an epoch's loss is then the total over its minibatches, comparable to a full-batch step." }),
  },
  evaluate: ({ nodeId, params }) => ({ loss: { nodeId, kind: 'logistic', reduction: params.reduction, fromLogits: true, l2: params.lambda / 2, l2PerEpoch: true } }),
})
