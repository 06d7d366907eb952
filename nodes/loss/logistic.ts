import { logisticLoss } from '../../src/core/index.ts'
import { param } from '../../src/graph/params.ts'
import { lossNode } from './loss-node.ts'

export default lossNode('loss/logistic', logisticLoss, {
  doc: "The chapter's regularised logistic regression: Σ log(1 + exp(−y·s)) over samples with labels y = ±1 and scores s, plus ½·λ·‖w‖². With minibatches, the trainer divides λ by the number of batches per epoch, as the chapter's SGD does.",
  // λ is node-only: the penalty is a term of the trainer's objective, first here as the chapter's knob.
  params: (own) => ({ lambda: param.number({ default: 0.1, min: 0, max: 100, doc: 'λ: the weight of the ½·λ·‖w‖² penalty.' }), ...own }),
  // Scores are raw (logits) by the loss's definition.
  spec: (p) => ({ reduction: p.reduction, fromLogits: true, l2: p.lambda / 2, l2PerEpoch: true }),
})
