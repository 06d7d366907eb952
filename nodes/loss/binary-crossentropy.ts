import { defineNode, output } from '../../src/runtime/define-node.ts'
import { Port } from '../../src/runtime/ports.ts'
import { fromLogitsParam, l2Param, reductionParam } from './common.ts'

export default defineNode({
  type: 'loss/binary-crossentropy',
  title: 'Binary cross-entropy',
  doc: 'Keras "binary_crossentropy": the logistic loss for 0/1 targets, −[y·log p + (1 − y)·log(1 − p)], with p clipped to [1e-7, 1 − 1e-7].',
  inputs: {},
  outputs: { loss: output(Port.Loss) },
  params: { fromLogits: fromLogitsParam, reduction: reductionParam, l2: l2Param },
  evaluate: ({ nodeId, params }) => ({ loss: { nodeId, kind: 'binary_crossentropy', reduction: params.reduction, fromLogits: params.fromLogits, l2: params.l2, l2PerEpoch: false } }),
})
