import { defineNode, output } from '../../src/runtime/define-node.ts'
import { Port } from '../../src/runtime/ports.ts'
import { l2Param, reductionParam } from './common.ts'

export default defineNode({
  type: 'loss/mse',
  title: 'Mean squared error',
  doc: 'Keras "mse": the mean over outputs of (y − ŷ)², averaged over the samples. For regression, and for the chapter\'s non-convex slice.',
  inputs: {},
  outputs: { loss: output(Port.Loss) },
  params: { reduction: reductionParam, l2: l2Param },
  evaluate: ({ nodeId, params }) => ({ loss: { nodeId, kind: 'mse', reduction: params.reduction, fromLogits: false, l2: params.l2, l2PerEpoch: false } }),
})
