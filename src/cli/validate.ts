import { parseGraph } from '../graph/index.ts'
import type { Catalog } from '../graph/index.ts'
import { problemLines, readText } from './load-graph.ts'

export interface ValidateOptions {
  /**
   * Accept a well-formed graph that is still being built (an unconnected input, an unknown
   * node type): the editor opens and saves such a graph, but `flowgrad run` refuses it.
   */
  allowIncomplete?: boolean
}

type Sink = { write(t: string): unknown }

/**
 * `flowgrad validate`: 0 when the file is sound, else 1 with one line per problem. With
 * `allowIncomplete`, an incomplete but undamaged graph exits 0 and its problems are listed still.
 */
export function validateFile(path: string, catalog: Catalog, out: Sink, err: Sink, options: ValidateOptions = {}): number {
  const { document, problems } = parseGraph(readText(path), catalog)
  if (problems.length > 0 || !document) {
    for (const line of problemLines(path, problems)) err.write(`${line}\n`)
    if (!document || !options.allowIncomplete) return 1
    out.write(`${path}: well-formed but incomplete (${document.nodes.length} nodes, ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} to fix before it runs)\n`)
    return 0
  }
  out.write(`${path}: valid (${document.nodes.length} nodes, ${document.connections.length} connections)\n`)
  return 0
}
