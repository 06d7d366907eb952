import { jsonPath } from './json-path.ts'
import type { Catalog } from './node-schema.ts'
import { paramProblem } from './params.ts'
import type { Problem } from './problems.ts'
import { didYouMean } from './suggest.ts'
import type { GraphView } from './view.ts'

/** Duplicate node ids. */
export function checkDuplicateIds(view: GraphView): Problem[] {
  const first = new Map<string, number>()
  const problems: Problem[] = []
  for (const n of view.nodes) {
    const earlier = first.get(n.id)
    if (earlier === undefined) first.set(n.id, n.index)
    else problems.push({ path: jsonPath(['nodes', n.index, 'id']), nodeId: n.id, message: `duplicate node id "${n.id}": ${jsonPath(['nodes', earlier])} already uses it` })
  }
  return problems
}

/** Node types the catalog does not know. */
export function checkNodeTypes(view: GraphView, catalog: Catalog): Problem[] {
  const types = catalog.all().map((s) => s.type)
  return view.nodes
    .filter((n) => n.type !== '' && !catalog.get(n.type))
    .map((n) => ({ path: jsonPath(['nodes', n.index, 'type']), nodeId: n.id, message: `unknown node type "${n.type}"${didYouMean(n.type, types)}` }))
}

/** Params the node's type does not declare: named, never dropped. */
export function checkUnknownParams(view: GraphView, catalog: Catalog): Problem[] {
  const problems: Problem[] = []
  for (const n of view.nodes) {
    const schema = catalog.get(n.type)
    if (!schema) continue
    const declared = Object.keys(schema.params)
    for (const name of Object.keys(n.params)) {
      if (Object.hasOwn(schema.params, name)) continue
      const known = declared.length > 0 ? `; its params: ${declared.join(', ')}` : `; ${schema.type} has no params`
      problems.push({ path: jsonPath(['nodes', n.index, 'params', name]), nodeId: n.id, message: `unknown param "${name}" for ${schema.type}${didYouMean(name, declared)}${known}` })
    }
  }
  return problems
}

/** Param values their declaration does not accept (wrong type, out of range, not an option). */
export function checkParamValues(view: GraphView, catalog: Catalog): Problem[] {
  const problems: Problem[] = []
  for (const n of view.nodes) {
    const schema = catalog.get(n.type)
    if (!schema) continue
    for (const [name, value] of Object.entries(n.params)) {
      if (!Object.hasOwn(schema.params, name)) continue
      const why = paramProblem(schema.params[name], value)
      if (why !== null) problems.push({ path: jsonPath(['nodes', n.index, 'params', name]), nodeId: n.id, message: why })
    }
  }
  return problems
}
