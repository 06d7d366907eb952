import type { CheckContext } from './check-context.ts'
import type { PathSegment } from './json-path.ts'
import type { Problem } from './problems.ts'
import { quote } from './shorten.ts'
import { nodesById } from './view.ts'

type Obj = Record<string, unknown>

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

interface ItemRead {
  readonly index: number
  readonly node: string
  readonly param: string | undefined
  readonly input: string | undefined
}

/** The lesson's entries whose fields are readable; the structure check names the others. */
function entries(file: unknown, list: 'locked' | 'hidden'): ItemRead[] {
  const board = isObj(file) ? file.board : undefined
  const lesson = isObj(board) ? board.lesson : undefined
  const items = isObj(lesson) && Array.isArray(lesson[list]) ? (lesson[list] as unknown[]) : []
  const out: ItemRead[] = []
  items.forEach((item, index) => {
    if (!isObj(item) || typeof item.node !== 'string') return
    if (item.param !== undefined && typeof item.param !== 'string') return
    if (item.input !== undefined && typeof item.input !== 'string') return
    out.push({ index, node: item.node, param: item.param, input: item.input })
  })
  return out
}

/** The lesson's own name for an entry: "adam", "adam.learningRate", or "fit.optimizer" (an input). */
function entryKey(item: ItemRead): string {
  const name = item.param ?? item.input
  return name === undefined ? item.node : `${item.node}.${name}`
}

/**
 * The teacher's locked and hidden entries that name a node not in the graph, a param or an
 * input its node does not have, or the same thing twice in one list.
 */
export function checkLesson(file: unknown, { view, catalog, at, didYouMean }: CheckContext): Problem[] {
  const nodes = nodesById(view)
  const ids = [...nodes.keys()]
  const problems: Problem[] = []
  for (const list of ['locked', 'hidden'] as const) {
    const seen = new Set<string>()
    for (const item of entries(file, list)) {
      const path: PathSegment[] = ['board', 'lesson', list, item.index]
      const node = nodes.get(item.node)
      if (!node) {
        problems.push({ path: at([...path, 'node']), message: `${list === 'locked' ? 'locks' : 'hides'} unknown node ${quote(item.node)}${didYouMean(item.node, ids)}` })
        continue
      }
      const schema = catalog.get(node.type)
      const field = item.input !== undefined ? 'input' : 'param'
      const name = item.input ?? item.param
      const names = schema ? Object.keys(field === 'input' ? schema.inputs : schema.params) : []
      const key = `${field}:${entryKey(item)}`
      // A node of an unknown type is reported on the node; which params and inputs it has waits for its type.
      if (name !== undefined && schema && !names.includes(name)) {
        problems.push({ path: at([...path, field]), nodeId: item.node, message: `${quote(name)} is not ${field === 'input' ? 'an input' : 'a param'} of ${schema.type}${didYouMean(name, names)}` })
      } else if (seen.has(key)) {
        problems.push({ path: at(path), nodeId: item.node, message: `${entryKey(item)} is ${list} twice` })
      }
      seen.add(key)
    }
  }
  return problems
}
