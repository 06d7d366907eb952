import type { Catalog } from '../graph/node-schema.ts'
import type { Connection, Endpoint, GraphDocument } from '../graph/graph-file.ts'
import { connectionProblem } from '../graph/connect.ts'
import { inputName, outputName, sentence } from '../graph/node-names.ts'

/** What drawing a wire does to a document: nothing, a refusal with its reason, or new connections. */
export type Wiring =
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'refused'; readonly problem: string }
  | { readonly kind: 'wired'; readonly connections: Connection[]; readonly note: string | null }

const sameInput = (a: Connection, b: Connection): boolean => a.to.node === b.to.node && a.to.port === b.to.port
const sameWire = (a: Connection, b: Connection): boolean => sameInput(a, b) && a.from.node === b.from.node && a.from.port === b.from.port

/**
 * The editor's rule for a drawn wire: drawing an existing wire again changes nothing; a wire
 * into an input that takes a single value replaces the one it had (and says which); other
 * problems (types, cycles) refuse it.
 */
export function wire(doc: GraphDocument, catalog: Catalog, c: Connection): Wiring {
  if (doc.connections.some((x) => sameWire(x, c))) return { kind: 'unchanged' }
  const target = doc.nodes.find((n) => n.id === c.to.node)
  const single = target ? catalog.get(target.type)?.inputs[c.to.port]?.multiple !== true : true
  const kept = doc.connections.filter((x) => !(single && sameInput(x, c)))
  const problem = connectionProblem({ ...doc, connections: kept }, catalog, c)
  if (problem) return { kind: 'refused', problem }
  const replaced = doc.connections.find((x) => single && sameInput(x, c))
  const note = replaced ? replacedNote(doc, catalog, c, replaced.from) : null
  return { kind: 'wired', connections: [...kept, structuredClone(c)], note }
}

/** What a toast says of a replaced wire, in the canvas's names: "The optimizer of SGD now comes from Adam, not SGD (sgd)." */
function replacedNote(doc: GraphDocument, catalog: Catalog, c: Connection, was: Endpoint): string {
  return `${sentence(inputName(doc, catalog, c.to))} now comes from ${outputName(doc, catalog, c.from)}, not ${outputName(doc, catalog, was)}.`
}
