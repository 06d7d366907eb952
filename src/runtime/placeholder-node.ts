import type { NodeDefinition } from './define-node.ts'

/** What a placeholder node says, in the editor and the runtime alike. */
export function unknownTypeMessage(type: string): string {
  return `unknown node type "${type}": this Flowgrad does not know it, so the node is kept as it is (its params and connections are saved) but cannot run`
}

/**
 * Stands in for a node whose type the registry does not know (a file from a newer Flowgrad,
 * a typo): the graph still loads, the node fails with a clear error instead of the runtime
 * throwing, and the nodes it feeds wait for it.
 */
export function placeholderDefinition(type: string): NodeDefinition {
  return {
    type,
    title: type,
    doc: unknownTypeMessage(type),
    inputs: {},
    outputs: {},
    params: {},
    evaluate: () => {
      throw new Error(unknownTypeMessage(type))
    },
  }
}
