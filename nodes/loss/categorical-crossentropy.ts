import { categoricalCrossentropy } from '../../src/core/index.ts'
import { lossNode } from './loss-node.ts'
import { l2Param } from './common.ts'

export default lossNode('loss/categorical-crossentropy', categoricalCrossentropy, {
  params: (own) => ({ ...own, l2: l2Param }),
  spec: (p) => ({ reduction: p.reduction, fromLogits: p.fromLogits, l2: p.l2, l2PerEpoch: false }),
})
