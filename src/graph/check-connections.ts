import { alreadyConnected, endpointName, missingInput, missingOutput, typeMismatch } from './connect.ts'
import { jsonPath } from './json-path.ts'
import type { Catalog } from './node-schema.ts'
import type { Problem } from './problems.ts'
import { didYouMean } from './suggest.ts'
import { nodesById } from './view.ts'
import type { ConnectionView, GraphView } from './view.ts'

/** Connections naming unknown nodes or ports, and connections between incompatible ports. */
export function checkConnectionEnds(view: GraphView, catalog: Catalog): Problem[] {
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
        problems.push({ path: jsonPath(['connections', c.index, side, 'node']), message: `unknown node "${end.node}"${didYouMean(end.node, ids)}` })
        portsKnown = false
        continue
      }
      const schema = catalog.get(node.type)
      if (!schema) {
        portsKnown = false // the unknown type is reported on the node
        continue
      }
      const why = side === 'from' ? missingOutput(end.node, schema, end.port) : missingInput(end.node, schema, end.port)
      if (why !== null) {
        problems.push({ path: jsonPath(['connections', c.index, side, 'port']), nodeId: end.node, port: end.port, message: why })
        portsKnown = false
      }
    }
    if (!portsKnown) continue
    const output = catalog.get(nodes.get(c.from.node)?.type ?? '')?.outputs[c.from.port]
    const input = catalog.get(nodes.get(c.to.node)?.type ?? '')?.inputs[c.to.port]
    if (!output || !input) continue
    const why = typeMismatch(c.from, output, c.to, input)
    if (why !== null) typeProblems.push({ path: jsonPath(['connections', c.index]), nodeId: c.to.node, port: c.to.port, message: why })
  }
  return [...problems, ...typeProblems]
}

/** Repeated connections, and several connections into an input that takes one. */
export function checkInputMultiplicity(view: GraphView, catalog: Catalog): Problem[] {
  const nodes = nodesById(view)
  const problems: Problem[] = []
  const byInput = new Map<string, ConnectionView[]>()
  for (const c of view.connections) {
    const key = JSON.stringify([c.to.node, c.to.port])
    const list = byInput.get(key) ?? []
    list.push(c)
    byInput.set(key, list)
  }
  for (const list of byInput.values()) {
    const { to } = list[0]
    const node = nodes.get(to.node)
    const input = node ? catalog.get(node.type)?.inputs[to.port] : undefined
    const kept: ConnectionView[] = []
    for (const c of list) {
      const same = kept.find((k) => k.from.node === c.from.node && k.from.port === c.from.port)
      if (same) {
        problems.push({ path: jsonPath(['connections', c.index]), nodeId: to.node, port: to.port, message: `duplicate connection: ${jsonPath(['connections', same.index])} already connects ${endpointName(c.from)} to ${endpointName(to)}` })
        continue
      }
      if (input && !input.multiple && kept.length > 0) {
        problems.push({ path: jsonPath(['connections', c.index]), nodeId: to.node, port: to.port, message: `${alreadyConnected(to, kept[0])} (${jsonPath(['connections', kept[0].index])})` })
      }
      kept.push(c)
    }
  }
  return problems.sort((a, b) => a.path.localeCompare(b.path, 'en', { numeric: true }))
}

/** Required inputs with no connection, reported on the node and port. */
export function checkRequiredInputs(view: GraphView, catalog: Catalog): Problem[] {
  const firstIndex = nodesById(view)
  const problems: Problem[] = []
  for (const n of view.nodes) {
    const schema = catalog.get(n.type)
    if (!schema || firstIndex.get(n.id) !== n) continue
    for (const [port, input] of Object.entries(schema.inputs)) {
      if (input.optional) continue
      if (view.connections.some((c) => c.to.node === n.id && c.to.port === port)) continue
      problems.push({ path: jsonPath(['nodes', n.index]), nodeId: n.id, port, message: `required input "${port}" (${input.type}) is not connected` })
    }
  }
  return problems
}
