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
    out.push({ index, node: item.node, param: item.param })
  })
  return out
}

/**
 * The teacher's locked and hidden entries that name a node not in the graph, a param its node
 * does not have, or the same thing twice in one list.
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
      const names = schema ? Object.keys(schema.params) : []
      const key = item.param === undefined ? item.node : `${item.node}.${item.param}`
      // A node of an unknown type is reported on the node; which params it has waits for its type.
      if (item.param !== undefined && schema && !names.includes(item.param)) {
        problems.push({ path: at([...path, 'param']), nodeId: item.node, message: `${quote(item.param)} is not a param of ${schema.type}${didYouMean(item.param, names)}` })
      } else if (seen.has(key)) {
        problems.push({ path: at(path), nodeId: item.node, message: `${key} is ${list} twice` })
      }
      seen.add(key)
    }
  }
  return problems
}
