/**
 * The rules for one connection, worded once and used by both the loader (a file's
 * connections) and the editor (refusing a drag, saying why).
 */
import type { Connection, Endpoint, GraphDocument } from './graph-file.ts'
import { describeCycle, wouldCreateCycle } from './graph-ops.ts'
import type { Catalog, InputDecl, NodeSchema, OutputDecl } from './node-schema.ts'
import { canConnect } from './port-types.ts'
import { quote, shorten } from './shorten.ts'
import { didYouMean } from './suggest.ts'

/** "Did you mean" as the caller wants it searched (the loader shares one budget per file). */
type Suggest = (name: string, candidates: Iterable<string>) => string

/** `fit.optimizer` */
export function endpointName(e: Endpoint): string {
  return `${shorten(e.node)}.${shorten(e.port)}`
}

/** Why a node of this type has no such output, or null when it has it. */
export function missingOutput(nodeId: string, schema: NodeSchema, port: string, suggest: Suggest = didYouMean): string | null {
  if (Object.hasOwn(schema.outputs, port)) return null
  const names = Object.keys(schema.outputs)
  const isInput = Object.hasOwn(schema.inputs, port) ? `; ${quote(port)} is an input` : ''
  const known = names.length > 0 ? `; its outputs: ${names.join(', ')}` : '; it has no outputs'
  return `${quote(nodeId)} (${schema.type}) has no output ${quote(port)}${isInput}${isInput ? '' : suggest(port, names)}${known}`
}

/** Why a node of this type has no such input, or null when it has it. */
export function missingInput(nodeId: string, schema: NodeSchema, port: string, suggest: Suggest = didYouMean): string | null {
  if (Object.hasOwn(schema.inputs, port)) return null
  const names = Object.keys(schema.inputs)
  const isOutput = Object.hasOwn(schema.outputs, port) ? `; ${quote(port)} is an output` : ''
  const known = names.length > 0 ? `; its inputs: ${names.join(', ')}` : '; it has no inputs'
  return `${quote(nodeId)} (${schema.type}) has no input ${quote(port)}${isOutput}${isOutput ? '' : suggest(port, names)}${known}`
}

/** Why an output cannot feed an input, naming both ports and types, or null when it can. */
export function typeMismatch(from: Endpoint, output: OutputDecl, to: Endpoint, input: InputDecl): string | null {
  const c = canConnect(output.type, input.type)
  return c.ok ? null : `cannot connect ${endpointName(from)} (${output.type}) to ${endpointName(to)} (${input.type}): ${c.reason}`
}

/** Why an input that takes one value cannot take another connection. */
export function alreadyConnected(to: Endpoint, existing: Connection): string {
  return `input ${endpointName(to)} takes a single connection and already has one from ${endpointName(existing.from)}`
}

/**
 * Why the editor should refuse to add `connection` to `doc`, or null when it is fine.
 * An input that takes a single value and is already connected is refused too; an editor
 * that replaces the old connection removes it before asking.
 */
export function connectionProblem(doc: GraphDocument, catalog: Catalog, connection: Connection): string | null {
  const { from, to } = connection
  const fromNode = doc.nodes.find((n) => n.id === from.node)
  const toNode = doc.nodes.find((n) => n.id === to.node)
  if (!fromNode) return `unknown node ${quote(from.node)}`
  if (!toNode) return `unknown node ${quote(to.node)}`
  const fromSchema = catalog.get(fromNode.type)
  const toSchema = catalog.get(toNode.type)
  if (!fromSchema) return `unknown node type ${quote(fromNode.type)}`
  if (!toSchema) return `unknown node type ${quote(toNode.type)}`
  const portProblem = missingOutput(from.node, fromSchema, from.port) ?? missingInput(to.node, toSchema, to.port)
  if (portProblem) return portProblem
  const output = fromSchema.outputs[from.port]
  const input = toSchema.inputs[to.port]
  const mismatch = typeMismatch(from, output, to, input)
  if (mismatch) return mismatch
  const into = doc.connections.filter((c) => c.to.node === to.node && c.to.port === to.port)
  if (into.some((c) => c.from.node === from.node && c.from.port === from.port)) return `${endpointName(from)} is already connected to ${endpointName(to)}`
  if (!input.multiple && into.length > 0) return alreadyConnected(to, into[0])
  const cycle = wouldCreateCycle(doc, from.node, to.node)
  if (cycle) return `this connection would create a cycle: ${describeCycle(cycle)}`
  return null
}
