import { defineNode, output } from '../../src/runtime/define-node.ts'
import { Port } from '../../src/runtime/ports.ts'
import { fromLogitsParam, l2Param, reductionParam } from './common.ts'

export default defineNode({
  type: 'loss/categorical-crossentropy',
  title: 'Categorical cross-entropy',
  doc: 'Keras "categorical_crossentropy": −Σ y·log p over the classes, for one-hot targets and a softmax output.',
  inputs: {},
  outputs: { loss: output(Port.Loss) },
  params: { fromLogits: fromLogitsParam, reduction: reductionParam, l2: l2Param },
  evaluate: ({ nodeId, params }) => ({ loss: { nodeId, kind: 'categorical_crossentropy', reduction: params.reduction, fromLogits: params.fromLogits, l2: params.l2, l2PerEpoch: false } }),
})
