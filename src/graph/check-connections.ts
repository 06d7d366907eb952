import type { CheckContext } from './check-context.ts'
import { alreadyConnected, endpointName, missingInput, missingOutput, typeMismatch } from './connect.ts'
import type { Endpoint } from './graph-file.ts'
import type { Problem } from './problems.ts'
import { quote } from './shorten.ts'
import { nodesById } from './view.ts'
import type { ConnectionView } from './view.ts'

/** One key per endpoint (ids and ports may hold any character, so they are not simply joined). */
function endpointKey(e: Endpoint): string {
  return JSON.stringify([e.node, e.port])
}

/** Connections naming unknown nodes or ports, and connections between incompatible ports. */
export function checkConnectionEnds({ view, catalog, at, didYouMean }: CheckContext): Problem[] {
  const nodes = nodesById(view)
  const ids = [...nodes.keys()]
  const problems: Problem[] = []
  const typeProblems: Problem[] = []
  for (const c of view.connections) {
    const ends = [
      { side: 'from' as const, end: c.from },
      { side: 'to' as const, end: c.to },
    ]
    let portsKnown = true
    for (const { side, end } of ends) {
      const node = nodes.get(end.node)
      if (!node) {
        problems.push({ path: at(['connections', c.index, side, 'node']), message: `unknown node ${quote(end.node)}${didYouMean(end.node, ids)}` })
        portsKnown = false
        continue
      }
      const schema = catalog.get(node.type)
      if (!schema) {
        portsKnown = false // the unknown type is reported on the node
        continue
      }
      const why = side === 'from' ? missingOutput(end.node, schema, end.port, didYouMean) : missingInput(end.node, schema, end.port, didYouMean)
      if (why !== null) {
        problems.push({ path: at(['connections', c.index, side, 'port']), nodeId: end.node, port: end.port, message: why })
        portsKnown = false
      }
    }
    if (!portsKnown) continue
    const output = catalog.get(nodes.get(c.from.node)?.type ?? '')?.outputs[c.from.port]
    const input = catalog.get(nodes.get(c.to.node)?.type ?? '')?.inputs[c.to.port]
    if (!output || !input) continue
    const why = typeMismatch(c.from, output, c.to, input)
    if (why !== null) typeProblems.push({ path: at(['connections', c.index]), nodeId: c.to.node, port: c.to.port, message: why })
  }
  return [...problems, ...typeProblems]
}

/** Repeated connections, and several connections into an input that takes one. */
export function checkInputMultiplicity({ view, catalog, at }: CheckContext): Problem[] {
  const nodes = nodesById(view)
  const problems: Problem[] = []
  const byInput = new Map<string, ConnectionView[]>()
  for (const c of view.connections) {
    const key = endpointKey(c.to)
    const list = byInput.get(key) ?? []
    list.push(c)
    byInput.set(key, list)
  }
  for (const list of byInput.values()) {
    const { to } = list[0]
    const node = nodes.get(to.node)
    const input = node && Object.hasOwn(catalog.get(node.type)?.inputs ?? {}, to.port) ? catalog.get(node.type)?.inputs[to.port] : undefined
    const first: ConnectionView = list[0]
    const sources = new Map<string, ConnectionView>()
    for (const c of list) {
      const same = sources.get(endpointKey(c.from))
      if (same) {
        problems.push({ path: at(['connections', c.index]), nodeId: to.node, port: to.port, message: `duplicate connection: ${at(['connections', same.index])} already connects ${endpointName(c.from)} to ${endpointName(to)}` })
        continue
      }
      if (input && !input.multiple && sources.size > 0) {
        problems.push({ path: at(['connections', c.index]), nodeId: to.node, port: to.port, message: `${alreadyConnected(to, first)} (${at(['connections', first.index])})` })
      }
      sources.set(endpointKey(c.from), c)
    }
  }
  return problems.sort((a, b) => a.path.localeCompare(b.path, 'en', { numeric: true }))
}

/** Required inputs with no connection, reported on the node and port. */
export function checkRequiredInputs({ view, catalog, at }: CheckContext): Problem[] {
  const firstIndex = nodesById(view)
  const connected = new Set(view.connections.map((c) => endpointKey(c.to)))
  const problems: Problem[] = []
  for (const n of view.nodes) {
    const schema = catalog.get(n.type)
    if (!schema || firstIndex.get(n.id) !== n) continue
    for (const [port, input] of Object.entries(schema.inputs)) {
      if (input.optional || connected.has(endpointKey({ node: n.id, port }))) continue
      problems.push({ path: at(['nodes', n.index]), nodeId: n.id, port, message: `required input "${port}" (${input.type}) is not connected` })
    }
  }
  return problems
}
