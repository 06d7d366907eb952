import { parseGraph, formatProblem } from '../graph/index.ts'
import type { Catalog, GraphDocument } from '../graph/index.ts'

export type ParsedGraph = { ok: true; doc: GraphDocument } | { ok: false; lines: string[] }

/** Reads a graph file's text; a file with problems is never half-opened. */
export function readGraphText(text: string, catalog: Catalog): ParsedGraph {
  const { document, problems } = parseGraph(text, catalog)
  if (problems.length > 0 || !document) return { ok: false, lines: problems.map(formatProblem) }
  return { ok: true, doc: document }
}
