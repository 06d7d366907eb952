/** The palette's search: which node types match a query, best first. Pure. */
import type { NodeSchema } from '../../graph/node-schema.ts'

/** How well one word matches a schema: lower is better, null when it does not match. */
function wordScore(schema: NodeSchema, word: string): number | null {
  const title = schema.title.toLowerCase()
  if (title.startsWith(word)) return 0
  if (title.split(/[\s\-/()]+/).some((w) => w.startsWith(word))) return 1
  if (title.includes(word)) return 2
  if (schema.type.toLowerCase().includes(word)) return 3
  if (schema.doc.toLowerCase().includes(word)) return 6
  return null
}

/**
 * The schemas matching `query` (every word of it found, case-insensitively, in the title, the
 * type or the doc), best first: title matches before type matches before doc matches; ties
 * keep the catalog's order. An empty query matches everything in catalog order.
 */
export function searchSchemas(schemas: readonly NodeSchema[], query: string): NodeSchema[] {
  const words = query.toLowerCase().split(/\s+/).filter((w) => w !== '')
  if (words.length === 0) return [...schemas]
  const scored: { schema: NodeSchema; score: number; index: number }[] = []
  schemas.forEach((schema, index) => {
    let score = 0
    for (const word of words) {
      const s = wordScore(schema, word)
      if (s === null) return
      score += s
    }
    scored.push({ schema, score, index })
  })
  scored.sort((a, b) => a.score - b.score || a.index - b.index)
  return scored.map((s) => s.schema)
}

export interface SchemaGroup {
  readonly category: string
  readonly schemas: readonly NodeSchema[]
}

/** Groups by category, categories in order of first appearance. */
export function groupByCategory(schemas: readonly NodeSchema[]): SchemaGroup[] {
  const groups = new Map<string, NodeSchema[]>()
  for (const s of schemas) {
    const list = groups.get(s.category)
    if (list) list.push(s)
    else groups.set(s.category, [s])
  }
  return [...groups].map(([category, list]) => ({ category, schemas: list }))
}

/** `model/dense` → `model-dense`: the test-id form of a node type. */
export function typeTestId(type: string): string {
  return type.replace(/\//g, '-')
}
