import { meanSquaredError } from '../../src/core/index.ts'
import { lossNode } from './loss-node.ts'
import { l2Param } from './common.ts'

export default lossNode('loss/mse', meanSquaredError, {
  params: (own) => ({ ...own, l2: l2Param }),
  spec: (p) => ({ reduction: p.reduction, fromLogits: false, l2: p.l2, l2PerEpoch: false }),
})
