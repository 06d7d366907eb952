import type { CheckContext } from './check-context.ts'
import { paramProblem } from './params.ts'
import type { Problem } from './problems.ts'
import { quote } from './shorten.ts'
import { nodesById } from './view.ts'
import { parseSourceRef } from './tweaks.ts'

/** Tweaks naming unknown nodes, params or trainers, or holding values the param refuses. */
export function checkTweaks({ view, catalog, at, didYouMean }: CheckContext): Problem[] {
  const nodes = nodesById(view)
  const ids = [...nodes.keys()]
  const problems: Problem[] = []
  for (const t of view.tweaks) {
    const node = nodes.get(t.node)
    if (!node) {
      problems.push({ path: at(['tweaks', t.index, 'node']), message: `unknown node ${quote(t.node)}${didYouMean(t.node, ids)}` })
    } else if ((t.param === null) === (t.input === null)) {
      problems.push({ path: at(['tweaks', t.index]), nodeId: t.node, message: 'a tweak names either a param or an input, not both or neither' })
    } else if (t.input !== null) {
      const schema = catalog.get(node.type)
      if (schema && !Object.hasOwn(schema.inputs, t.input)) problems.push({ path: at(['tweaks', t.index, 'input']), nodeId: t.node, message: `unknown input ${quote(t.input)} for ${schema.type}${didYouMean(t.input, Object.keys(schema.inputs))}` })
      for (const [key, v] of [['value', t.value], ['from', t.from]] as const) {
        if (v === undefined) continue
        const source = typeof v === 'string' ? nodes.get(parseSourceRef(v).node) : undefined
        if (!source) problems.push({ path: at(['tweaks', t.index, key]), nodeId: t.node, message: `a rewired input's ${key} names an output as "node.port"; ${quote(String(v))} names no node of the graph` })
      }
    } else if (t.param !== null) {
      const param = t.param
      const schema = catalog.get(node.type)
      if (schema && !Object.hasOwn(schema.params, param)) {
        const declared = Object.keys(schema.params)
        problems.push({ path: at(['tweaks', t.index, 'param']), nodeId: t.node, message: `unknown param ${quote(t.param)} for ${schema.type}${didYouMean(t.param, declared)}` })
      } else if (schema) {
        // a value of no param's shape is reported by the structure check; here, one the param refuses
        const why = paramProblem(schema.params[t.param], t.value)
        if (why !== null) problems.push({ path: at(['tweaks', t.index, 'value']), nodeId: t.node, message: why })
        t.pathValues.forEach((v, k) => {
          const bad = paramProblem(schema.params[param], v)
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
