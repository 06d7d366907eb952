import { parseGraph } from '../graph/index.ts'
import type { Catalog } from '../graph/index.ts'
import { problemLines, readText } from './load-graph.ts'

/** `flowgrad validate`: 0 when the file is sound, else 1 with one line per problem. */
export function validateFile(path: string, catalog: Catalog, out: { write(t: string): unknown }, err: { write(t: string): unknown }): number {
  const { document, problems } = parseGraph(readText(path), catalog)
  if (problems.length > 0 || !document) {
    for (const line of problemLines(path, problems)) err.write(`${line}\n`)
    return 1
  }
  out.write(`${path}: valid (${document.nodes.length} nodes, ${document.connections.length} connections)\n`)
  return 0
}
