import { defineNode, output } from '../../src/runtime/define-node.ts'
import type { ParamSpecs, ParamValues } from '../../src/runtime/define-node.ts'
import { Port } from '../../src/runtime/ports.ts'
import type { LossSpec } from '../../src/runtime/values.ts'
import { paramsOfHypers } from '../../src/graph/hyper-params.ts'
import type { ParamsOfHypers } from '../../src/graph/hyper-params.ts'
import type { LossFactory, LossHypers, LossName } from '../../src/core/index.ts'

export interface LossNodeOptions<S extends LossHypers, P extends ParamSpecs> {
  /** Title and doc default to the loss's own. */
  readonly title?: string
  readonly doc?: string
  /** The node's params: the loss's own (`own`), and where they go among node-only ones such as the l2 penalty. */
  readonly params: (own: ParamsOfHypers<S>) => P
  /** The spec the trainer reads, from the params. */
  readonly spec: (params: ParamValues<P>) => Omit<LossSpec, 'nodeId' | 'kind'>
}

/** A loss node whose params derive from the core loss's description, so both accept the same values. */
export function lossNode<K extends LossName, S extends LossHypers, const P extends ParamSpecs>(type: string, loss: LossFactory<K, S>, o: LossNodeOptions<S, P>) {
  return defineNode({
    type,
    title: o.title ?? loss.description.title,
    doc: o.doc ?? loss.description.doc,
    inputs: {},
    outputs: { loss: output(Port.Loss) },
    params: o.params(paramsOfHypers(loss.description.hyperparameters)),
    evaluate: ({ nodeId, params }) => ({ loss: { nodeId, kind: loss.kind, ...o.spec(params) } }),
  })
}
