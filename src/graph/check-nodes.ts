import type { CheckContext } from './check-context.ts'
import { paramProblem } from './params.ts'
import type { Problem } from './problems.ts'
import { quote } from './shorten.ts'

/** Duplicate node ids. */
export function checkDuplicateIds({ view, at }: CheckContext): Problem[] {
  const first = new Map<string, number>()
  const problems: Problem[] = []
  for (const n of view.nodes) {
    const earlier = first.get(n.id)
    if (earlier === undefined) first.set(n.id, n.index)
    else problems.push({ path: at(['nodes', n.index, 'id']), nodeId: n.id, message: `duplicate node id ${quote(n.id)}: ${at(['nodes', earlier])} already uses it` })
  }
  return problems
}

/** Node types the catalog does not know. */
export function checkNodeTypes({ view, catalog, at, didYouMean }: CheckContext): Problem[] {
  const types = catalog.all().map((s) => s.type)
  return view.nodes
    .filter((n) => n.type !== '' && !catalog.get(n.type))
    .map((n) => ({ path: at(['nodes', n.index, 'type']), nodeId: n.id, message: `unknown node type ${quote(n.type)}${didYouMean(n.type, types)}` }))
}

/** Params the node's type does not declare: named, never dropped. */
export function checkUnknownParams({ view, catalog, at, didYouMean }: CheckContext): Problem[] {
  const problems: Problem[] = []
  for (const n of view.nodes) {
    const schema = catalog.get(n.type)
    if (!schema) continue
    const declared = Object.keys(schema.params)
    for (const name of Object.keys(n.params)) {
      if (Object.hasOwn(schema.params, name)) continue
      const known = declared.length > 0 ? `; its params: ${declared.join(', ')}` : `; ${schema.type} has no params`
      problems.push({ path: at(['nodes', n.index, 'params', name]), nodeId: n.id, message: `unknown param ${quote(name)} for ${schema.type}${didYouMean(name, declared)}${known}` })
    }
  }
  return problems
}

/** Param values their declaration does not accept (wrong type, out of range, not an option, too long). */
export function checkParamValues({ view, catalog, at }: CheckContext): Problem[] {
  const problems: Problem[] = []
  for (const n of view.nodes) {
    const schema = catalog.get(n.type)
    if (!schema) continue
    for (const [name, value] of Object.entries(n.params)) {
      if (!Object.hasOwn(schema.params, name)) continue
      const why = paramProblem(schema.params[name], value)
      if (why !== null) problems.push({ path: at(['nodes', n.index, 'params', name]), nodeId: n.id, message: why })
    }
  }
  return problems
}
