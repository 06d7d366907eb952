import type { BuiltTrainer } from './arrays.ts'
import { pyName } from '../python/literals.ts'

/** A model chain the script builds with one function, whichever trainers share it. */
export interface ModelChain {
  readonly name: string
  /** The node ids from the chain's start to its output layer. */
  readonly nodes: readonly string[]
  readonly trainer: BuiltTrainer
}

/** One builder per model chain (trainers sharing a chain share it), named for its last layer; and each trainer's. */
export function modelChains(trainers: readonly BuiltTrainer[]): { chains: ModelChain[]; builderOf: Map<string, string> } {
  const byChain = new Map<string, string>()
  const builderOf = new Map<string, string>()
  const taken = new Set<string>()
  const chains: ModelChain[] = []
  for (const t of trainers) {
    // A Sequential node declares several layers: the chain names it once.
    const layerIds = t.plan.model.layers.map((l) => l.nodeId).filter((id, i, ids) => id !== ids[i - 1])
    // A chain may start at its first layer (fed by data) rather than at an Input node.
    const nodes = layerIds[0] === t.plan.model.inputNodeId ? layerIds : [t.plan.model.inputNodeId, ...layerIds]
    const key = `${nodes.join('>')}:${t.layers.map((l) => l.ctx.layer.name).join(',')}`
    let name = byChain.get(key)
    if (!name) {
      name = pyName(nodes[nodes.length - 1], taken, '_model')
      byChain.set(key, name)
      chains.push({ name, nodes, trainer: t })
    }
    builderOf.set(t.plan.id, name)
  }
  return { chains, builderOf }
}
