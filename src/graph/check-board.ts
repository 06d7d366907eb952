import type { CheckContext } from './check-context.ts'
import type { PathSegment } from './json-path.ts'
import type { NodeSchema } from './node-schema.ts'
import type { Problem } from './problems.ts'
import { quote } from './shorten.ts'
import { nodesById } from './view.ts'

type Obj = Record<string, unknown>

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** What a pin names besides its node: a chart output, a param or an input. */
type Field = 'port' | 'param' | 'input'

/** The board's pins whose fields are strings; the structure check names the others. */
function pins(file: unknown, list: 'charts' | 'controls', field: Field): { index: number; node: string; name: string }[] {
  const board = isObj(file) ? file.board : undefined
  const items = isObj(board) && Array.isArray(board[list]) ? (board[list] as unknown[]) : []
  const out: { index: number; node: string; name: string }[] = []
  items.forEach((item, index) => {
    if (isObj(item) && typeof item.node === 'string' && typeof item[field] === 'string') out.push({ index, node: item.node, name: item[field] as string })
  })
  return out
}

/** The names a pin of this field may take on a node of this type. */
function namesFor(schema: NodeSchema, field: Field): string[] {
  if (field === 'port') return Object.keys(schema.outputs).filter((p) => schema.outputs[p].type === 'Chart')
  return Object.keys(field === 'param' ? schema.params : schema.inputs)
}

/**
 * Pins naming a node that is not in the graph, a port that is not one of its charts, a param
 * or an input it does not have (or an input taking several wires, which one choice cannot
 * set), or something pinned twice.
 */
export function checkBoard(file: unknown, { view, catalog, at, didYouMean }: CheckContext): Problem[] {
  const nodes = nodesById(view)
  const ids = [...nodes.keys()]
  const problems: Problem[] = []
  const lists = [
    { list: 'charts', field: 'port', what: 'chart output' },
    { list: 'controls', field: 'param', what: 'param' },
    { list: 'controls', field: 'input', what: 'input' },
  ] as const
  for (const { list, field, what } of lists) {
    const seen = new Set<string>()
    for (const pin of pins(file, list, field)) {
      const path: PathSegment[] = ['board', list, pin.index]
      const node = nodes.get(pin.node)
      if (!node) {
        problems.push({ path: at([...path, 'node']), message: `pins unknown node ${quote(pin.node)}${didYouMean(pin.node, ids)}` })
        continue
      }
      const schema = catalog.get(node.type)
      // An unknown type is reported on its node; its pins wait for it.
      if (!schema) continue
      const names = namesFor(schema, field)
      const key = `${pin.node}.${pin.name}`
      if (!names.includes(pin.name)) {
        problems.push({ path: at([...path, field]), nodeId: pin.node, message: `${quote(pin.name)} is not ${what === 'input' ? 'an' : 'a'} ${what} of ${schema.type}${didYouMean(pin.name, names)}` })
      } else if (field === 'input' && schema.inputs[pin.name].multiple === true) {
        problems.push({ path: at([...path, field]), nodeId: pin.node, message: `${quote(pin.name)} of ${schema.type} takes several wires: a board control chooses one source, so only an input taking one can be pinned` })
      } else if (seen.has(key)) {
        problems.push({ path: at(path), nodeId: pin.node, message: `${key} is pinned twice` })
      }
      seen.add(key)
    }
  }
  return problems
}
