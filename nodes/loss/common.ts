import { param } from '../../src/graph/params.ts'

/** Node-only: the penalty is a term the trainer's objective adds, no part of the loss function. */
export const l2Param = param.number({ default: 0, min: 0, max: 10, doc: 'Adds l2·ΣW² over every kernel weight to the loss (weight decay).' })
