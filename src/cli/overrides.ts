import { paramProblem, parseParamText } from '../graph/index.ts'
import type { Catalog, GraphDocument } from '../graph/index.ts'
import { UserError } from './user-error.ts'

/** Applies `--set NODE.PARAM=VALUE` overrides, validating each through the node's declaration. */
export function applySets(doc: GraphDocument, sets: readonly string[], catalog: Catalog): void {
  const problems: string[] = []
  for (const set of sets) {
    const match = /^([^.=]+)\.([^=]+)=(.*)$/s.exec(set)
    if (!match) {
      problems.push(`--set ${set}: expected NODE.PARAM=VALUE, e.g. --set fit.epochs=5`)
      continue
    }
    const [, nodeId, name, text] = match
    const node = doc.nodes.find((n) => n.id === nodeId)
    if (!node) {
      problems.push(`--set ${set}: no node "${nodeId}" in the graph (nodes: ${doc.nodes.map((n) => n.id).join(', ')})`)
      continue
    }
    const decl = catalog.get(node.type)?.params[name]
    if (!decl) {
      const known = Object.keys(catalog.get(node.type)?.params ?? {})
      problems.push(`--set ${set}: node "${nodeId}" (${node.type}) has no param "${name}"${known.length ? ` (params: ${known.join(', ')})` : ''}`)
      continue
    }
    let value
    try {
      value = parseParamText(decl, text)
    } catch (e) {
      problems.push(`--set ${set}: ${(e as Error).message}`)
      continue
    }
    const problem = paramProblem(decl, value)
    if (problem) problems.push(`--set ${set}: ${problem}`)
    else node.params[name] = Array.isArray(value) ? [...value] : (value as number | boolean | string)
  }
  if (problems.length > 0) throw new UserError(problems, 2)
}

/** `--seed N` sets the seed of every node that has one. */
export function applySeed(doc: GraphDocument, seed: number, catalog: Catalog): void {
  for (const node of doc.nodes) {
    const decl = catalog.get(node.type)?.params.seed
    if (!decl) continue
    const problem = paramProblem(decl, seed)
    if (problem) throw new UserError([`--seed ${seed}: ${problem}`], 2)
    node.params.seed = seed
  }
}
