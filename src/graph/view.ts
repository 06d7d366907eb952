/**
 * A lenient reading of a (possibly invalid) file for the checks against the catalog: every
 * node, connection and tweak whose identifying fields are readable takes part, so one bad
 * position does not hide an unknown param elsewhere. Structural problems themselves are
 * reported by the schema check; items are kept with their index for JSON paths.
 */
import type { Connection, ParamValues } from './graph-file.ts'
import { userKeyedRecord } from './records.ts'
import { paramValueSchema } from './schema.ts'

export interface NodeView {
  readonly index: number
  readonly id: string
  readonly type: string
  /** Only the params whose values have a valid JSON shape. */
  readonly params: ParamValues
}

export interface ConnectionView extends Connection {
  readonly index: number
}

export interface TweakView {
  readonly index: number
  readonly node: string
  /** The param it changed, or the input it rewired (exactly one of them). */
  readonly param: string | null
  readonly input: string | null
  readonly value: unknown
  readonly from: unknown
  readonly trainer: string
  /** The values of a gesture's path, when it has one. */
  readonly pathValues: readonly unknown[]
}

export interface GraphView {
  readonly nodes: readonly NodeView[]
  readonly connections: readonly ConnectionView[]
  readonly tweaks: readonly TweakView[]
}

type Obj = Record<string, unknown>

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function items(file: Obj, key: string): unknown[] {
  const v = file[key]
  return Array.isArray(v) ? v : []
}

function endpoint(v: unknown): { node: string; port: string } | null {
  return isObj(v) && typeof v.node === 'string' && typeof v.port === 'string' ? { node: v.node, port: v.port } : null
}

export function viewOf(file: unknown): GraphView {
  if (!isObj(file)) return { nodes: [], connections: [], tweaks: [] }
  const nodes: NodeView[] = []
  items(file, 'nodes').forEach((n, index) => {
    if (!isObj(n) || typeof n.id !== 'string' || typeof n.type !== 'string') return
    const params: ParamValues = userKeyedRecord()
    if (isObj(n.params)) {
      for (const [key, value] of Object.entries(n.params)) {
        const parsed = paramValueSchema.safeParse(value)
        if (parsed.success) params[key] = parsed.data
      }
    }
    nodes.push({ index, id: n.id, type: n.type, params })
  })
  const connections: ConnectionView[] = []
  items(file, 'connections').forEach((c, index) => {
    if (!isObj(c)) return
    const from = endpoint(c.from)
    const to = endpoint(c.to)
    if (from && to) connections.push({ index, from, to })
  })
  const tweaks: TweakView[] = []
  items(file, 'tweaks').forEach((t, index) => {
    if (!isObj(t) || typeof t.node !== 'string' || typeof t.trainer !== 'string') return
    const param = typeof t.param === 'string' ? t.param : null
    const input = typeof t.input === 'string' ? t.input : null
    const pathValues = Array.isArray(t.path) ? t.path.map((c: unknown) => (isObj(c) ? c.value : undefined)) : []
    tweaks.push({ index, node: t.node, param, input, value: t.value, from: t.from, trainer: t.trainer, pathValues })
  })
  return { nodes, connections, tweaks }
}

/** The first node with each id (later duplicates are reported, not used). */
export function nodesById(view: GraphView): Map<string, NodeView> {
  const map = new Map<string, NodeView>()
  for (const n of view.nodes) if (!map.has(n.id)) map.set(n.id, n)
  return map
}
