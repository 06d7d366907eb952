import { optimizerNode } from './optimizer-node.ts'

export default optimizerNode('optimizer/rmsprop', 'rmsprop')
