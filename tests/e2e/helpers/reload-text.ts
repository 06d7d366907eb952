import { parseGraph, serializeGraph } from '../../../src/graph/index.ts'
import type { Catalog } from '../../../src/graph/index.ts'

/** A saved graph loaded and saved again; the load's problems, if it refuses the text. */
export function reloadText(saved: string, catalog: Catalog): string {
  const { document, problems } = parseGraph(saved, catalog)
  if (!document) return `refused: ${JSON.stringify(problems)}`
  return serializeGraph(document)
}
