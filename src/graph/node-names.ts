/**
 * Nodes and ports as the user sees them on the canvas: by title, not by id. Files, the CLI
 * and problem reports keep ids (they are what a JSON path names); what the editor says to a
 * user in passing (a toast) uses these.
 */
import type { Endpoint, GraphDocument } from './graph-file.ts'
import type { Catalog } from './node-schema.ts'

/** The node's title as its canvas header shows it: its own title, or its type's. */
export function nodeTitle(doc: GraphDocument, catalog: Catalog, id: string): string {
  const node = doc.nodes.find((n) => n.id === id)
  if (!node) return id
  return node.title ?? catalog.get(node.type)?.title ?? id
}

/** The ids of the nodes of the same type as `id`: what a reader might take it for. */
function sameType(doc: GraphDocument, id: string): string[] {
  const type = doc.nodes.find((n) => n.id === id)?.type
  return doc.nodes.filter((n) => n.type === type).map((n) => n.id)
}

/**
 * The node's title, with its id after it when another node of its type has the same title
 * ("Iris (iris-2)"; a trainer and an optimizer both titled "Adam" are told apart by what they
 * are), or another node of `among` where only those are in view (a list of choices).
 */
export function nodeName(doc: GraphDocument, catalog: Catalog, id: string, among: readonly string[] = sameType(doc, id)): string {
  const title = nodeTitle(doc, catalog, id)
  const shared = among.some((other) => other !== id && nodeTitle(doc, catalog, other) === title)
  return shared ? `${title} (${id})` : title
}

/** An output by its node's name, and the output's own name too where the node has several. */
export function outputName(doc: GraphDocument, catalog: Catalog, from: Endpoint, among?: readonly string[]): string {
  const name = nodeName(doc, catalog, from.node, among)
  const node = doc.nodes.find((n) => n.id === from.node)
  const outputs = node ? catalog.get(node.type)?.outputs : undefined
  if (!outputs || Object.keys(outputs).length < 2) return name
  return `${name} · ${outputs[from.port]?.label ?? from.port}`
}

/** An input by its own name and its node's: "the optimizer of SGD". */
export function inputName(doc: GraphDocument, catalog: Catalog, to: Endpoint): string {
  const node = doc.nodes.find((n) => n.id === to.node)
  const label = (node ? catalog.get(node.type)?.inputs[to.port]?.label : undefined) ?? to.port
  return `the ${label} of ${nodeName(doc, catalog, to.node)}`
}

/** A param by its own name and its node's: "the learning rate of Adam". */
export function paramName(doc: GraphDocument, catalog: Catalog, node: string, param: string): string {
  const type = doc.nodes.find((n) => n.id === node)?.type
  const label = (type ? catalog.get(type)?.params[param]?.label : undefined) ?? param
  return `the ${label} of ${nodeName(doc, catalog, node)}`
}

/** Text made to begin a sentence. */
export function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
