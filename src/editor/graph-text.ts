import { parseGraph, formatProblem } from '../graph/index.ts'
import type { Catalog, GraphDocument } from '../graph/index.ts'

/**
 * A graph to open, with the lines of its problems when it is incomplete (they show on its
 * nodes), or the lines of a damaged file's problems: that file is never half-opened.
 */
export type ParsedGraph = { ok: true; doc: GraphDocument; lines: string[] } | { ok: false; lines: string[] }

/** Reads a graph file's text: damage refuses it, an incomplete graph opens. */
export function readGraphText(text: string, catalog: Catalog): ParsedGraph {
  const { document, problems } = parseGraph(text, catalog)
  const lines = problems.map(formatProblem)
  return document ? { ok: true, doc: document, lines } : { ok: false, lines }
}
