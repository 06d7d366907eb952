import { SGD } from '../../src/core/index.ts'
import { optimizerNode } from './optimizer-node.ts'

export default optimizerNode('optimizer/gd', 'sgd', {
  title: 'Gradient descent',
  doc: 'Full-batch gradient descent: one update per epoch from the gradient over the whole data set, w ← w − lr·∇L. Exact but slow on big data; compare with SGD.',
  // Plain descent: no momentum; one exact gradient per epoch affords a larger default step than SGD's.
  hyperparameters: { learningRate: { ...SGD.description.hyperparameters.learningRate, default: 0.1 } },
  fullBatch: true,
})
