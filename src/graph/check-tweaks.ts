import type { CheckContext } from './check-context.ts'
import { paramProblem } from './params.ts'
import type { Problem } from './problems.ts'
import { quote } from './shorten.ts'
import { nodesById } from './view.ts'

/** Tweaks naming unknown nodes, params or trainers, or holding values the param refuses. */
export function checkTweaks({ view, catalog, at, didYouMean }: CheckContext): Problem[] {
  const nodes = nodesById(view)
  const ids = [...nodes.keys()]
  const problems: Problem[] = []
  for (const t of view.tweaks) {
    const node = nodes.get(t.node)
    if (!node) {
      problems.push({ path: at(['tweaks', t.index, 'node']), message: `unknown node ${quote(t.node)}${didYouMean(t.node, ids)}` })
    } else {
      const schema = catalog.get(node.type)
      if (schema && !Object.hasOwn(schema.params, t.param)) {
        const declared = Object.keys(schema.params)
        problems.push({ path: at(['tweaks', t.index, 'param']), nodeId: t.node, message: `unknown param ${quote(t.param)} for ${schema.type}${didYouMean(t.param, declared)}` })
      } else if (schema && (typeof t.value === 'number' || typeof t.value === 'boolean' || typeof t.value === 'string')) {
        // other values are reported by the structure check
        const why = paramProblem(schema.params[t.param], t.value)
        if (why !== null) problems.push({ path: at(['tweaks', t.index, 'value']), nodeId: t.node, message: why })
        t.pathValues.forEach((v, k) => {
          const bad = typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string' ? paramProblem(schema.params[t.param], v) : null
          if (bad !== null) problems.push({ path: at(['tweaks', t.index, 'path', k, 'value']), nodeId: t.node, message: bad })
        })
      }
    }
    if (!nodes.has(t.trainer)) {
      problems.push({ path: at(['tweaks', t.index, 'trainer']), message: `unknown trainer node ${quote(t.trainer)}${didYouMean(t.trainer, ids)}` })
    }
  }
  return problems
}
