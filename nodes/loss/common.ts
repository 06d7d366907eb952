import { param } from '../../src/graph/params.ts'

export const reductionParam = param.select({ default: 'mean', options: ['mean', 'sum'], doc: "Average the per-sample losses over the batch (Keras' default) or add them up; an epoch's loss is then the total over its batches." })
export const l2Param = param.number({ default: 0, min: 0, max: 10, doc: 'Adds l2·ΣW² over every kernel weight to the loss (weight decay).' })
export const fromLogitsParam = param.boolean({ default: false, doc: 'The model outputs raw scores (no final sigmoid/softmax): the loss applies it, more stably.' })
