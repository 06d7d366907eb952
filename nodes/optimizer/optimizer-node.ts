import { defineNode, output } from '../../src/runtime/define-node.ts'
import type { ParamSpecs, ParamValues } from '../../src/runtime/define-node.ts'
import { Port } from '../../src/runtime/ports.ts'
import { paramsOfHypers } from '../../src/graph/hyper-params.ts'
import { optimizerDescription } from '../../src/core/index.ts'
import type { HyperSpecs, OptimizerHypersOf, OptimizerName } from '../../src/core/index.ts'

export interface OptimizerNodeOptions<K extends OptimizerName> {
  /** Title and doc default to the optimizer's own. */
  readonly title?: string
  readonly doc?: string
  /** The hyperparameters the node offers when not all of them, possibly with other defaults (gradient descent: its learning rate). */
  readonly hyperparameters?: Partial<OptimizerHypersOf<K>> & HyperSpecs
  /** One batch of all rows per epoch: a node-only setting, which makes SGD gradient descent. */
  readonly fullBatch?: boolean
}

/**
 * An optimizer node: its params are the core optimizer's hyperparameters, and its value the
 * spec the trainer builds that optimizer from. A new optimizer's node is one call of this.
 */
export function optimizerNode<K extends OptimizerName>(type: string, kind: K, o: OptimizerNodeOptions<K> = {}) {
  const description = optimizerDescription(kind)
  const hyperparameters = o.hyperparameters ?? description.hyperparameters
  const params: ParamSpecs = paramsOfHypers(hyperparameters)
  const names = Object.keys(hyperparameters)
  const fullBatch = o.fullBatch ?? false
  return defineNode({
    type,
    title: o.title ?? description.title,
    doc: o.doc ?? description.doc,
    inputs: {},
    outputs: { optimizer: output(Port.Optimizer) },
    params,
    evaluate: ({ nodeId, params: values }) => ({ optimizer: { nodeId, kind, config: hyperValues(names, values), fullBatch } }),
  })
}

/** The hyperparameters among a node's params. They were checked against their declarations before evaluation; the test narrows them for the compiler. */
function hyperValues(names: readonly string[], params: ParamValues<ParamSpecs>): Record<string, number | boolean> {
  const config: Record<string, number | boolean> = {}
  for (const name of names) {
    const value = params[name]
    if (typeof value === 'number' || typeof value === 'boolean') config[name] = value
  }
  return config
}
