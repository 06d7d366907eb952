import { binaryCrossentropy } from '../../src/core/index.ts'
import { lossNode } from './loss-node.ts'
import { l2Param } from './common.ts'

export default lossNode('loss/binary-crossentropy', binaryCrossentropy, {
  params: (own) => ({ ...own, l2: l2Param }),
  spec: (p) => ({ reduction: p.reduction, fromLogits: p.fromLogits, l2: p.l2, l2PerEpoch: false }),
})
