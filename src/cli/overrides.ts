import { paramProblem, parseParamText, quote, shorten } from '../graph/index.ts'
import type { Catalog, GraphDocument } from '../graph/index.ts'
import { UserError } from './user-error.ts'

/** Node ids listed when a --set names none of them: enough to spot a typo. */
const LISTED_IDS = 20

function nodeList(doc: GraphDocument): string {
  const ids = doc.nodes.map((n) => n.id)
  return ids.length <= LISTED_IDS ? ids.join(', ') : `${ids.slice(0, LISTED_IDS).join(', ')}, … (${ids.length.toLocaleString('en-US')} in all)`
}

/** Applies `--set NODE.PARAM=VALUE` overrides, validating each through the node's declaration. */
export function applySets(doc: GraphDocument, sets: readonly string[], catalog: Catalog): void {
  const problems: string[] = []
  for (const set of sets) {
    const shown = shorten(set)
    const match = /^([^.=]+)\.([^=]+)=(.*)$/s.exec(set)
    if (!match) {
      problems.push(`--set ${shown}: expected NODE.PARAM=VALUE, e.g. --set fit.epochs=5`)
      continue
    }
    const [, nodeId, name, text] = match
    const node = doc.nodes.find((n) => n.id === nodeId)
    if (!node) {
      problems.push(`--set ${shown}: no node ${quote(nodeId)} in the graph (nodes: ${nodeList(doc)})`)
      continue
    }
    const params = catalog.get(node.type)?.params ?? {}
    // own params only: "constructor" would otherwise find Object's
    const decl = Object.hasOwn(params, name) ? params[name] : undefined
    if (!decl) {
      const known = Object.keys(catalog.get(node.type)?.params ?? {})
      problems.push(`--set ${shown}: node "${nodeId}" (${node.type}) has no param ${quote(name)}${known.length ? ` (params: ${known.join(', ')})` : ''}`)
      continue
    }
    let value
    try {
      value = parseParamText(decl, text)
    } catch (e) {
      problems.push(`--set ${shown}: ${(e as Error).message}`)
      continue
    }
    const problem = paramProblem(decl, value)
    if (problem) problems.push(`--set ${shown}: ${problem}`)
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
