import type { Connection } from '../graph/graph-file.ts'
import { isLongRunning } from './define-node.ts'
import type { InputKey, NodeRecord } from './node-record.ts'

export interface GatheredInputs {
  values: Record<string, unknown>
  /** What the node's result depends on: its cache key. */
  key: InputKey
  live: Record<string, { value: unknown; source: string }>
  /** The values of the node's live params, defaults filled in: a running process takes them without a restart. */
  liveParams: Record<string, unknown>
}

export interface Blocked {
  blocked: string
  /** An error of this node (a missing input), not a wait for another one. */
  error: boolean
}

/** Where a node's inputs come from: the connections into a port, and the records they leave. */
export interface InputSources {
  sources(nodeId: string, port: string): readonly Connection[]
  record(nodeId: string): NodeRecord
}

/** Input values by port, or the reason the node cannot be evaluated yet. */
export function gatherInputs(record: NodeRecord, graph: InputSources): GatheredInputs | Blocked {
  const values: Record<string, unknown> = {}
  const live: Record<string, { value: unknown; source: string }> = {}
  const keyParts: string[] = []
  const liveParts: string[] = []
  for (const [port, spec] of Object.entries(record.def.inputs)) {
    const sources = graph.sources(record.id, port)
    if (sources.length === 0 && !spec.optional) return { blocked: `input "${port}" is not connected`, error: true }
    const got: unknown[] = []
    for (const s of sources) {
      const upstream = graph.record(s.from.node)
      // A value is usable even when its node reports an error afterwards (a diverged
      // trainer keeps its history), so only a missing value blocks.
      if (!upstream.outputs.has(s.from.port)) {
        const status = upstream.state.value.status
        return { blocked: status === 'error' || status === 'blocked' ? `waiting for "${s.from.node}", which has a problem` : `waiting for "${s.from.node}"`, error: false }
      }
      got.push(upstream.outputs.get(s.from.port))
      const part = `${port}<${s.from.node}.${s.from.port}@${upstream.outputs.version}`
      if (spec.live) liveParts.push(part)
      else keyParts.push(part)
    }
    values[port] = spec.multiple ? got : got[0]
    if (spec.live && sources.length > 0) live[port] = { value: got[0], source: sources[0].from.node }
  }
  const { fixedParams, liveParams } = splitParams(record)
  keyParts.push(JSON.stringify(fixedParams), record.node.title ?? '')
  return { values, key: { fixed: keyParts.join('|'), live: liveParts.join('|'), liveParams: JSON.stringify(liveParams) }, live, liveParams }
}

/** The params a result depends on, and the live ones a running process takes as they change. */
function splitParams(record: NodeRecord): { fixedParams: Record<string, unknown>; liveParams: Record<string, unknown> } {
  const def = record.def
  const liveNames: readonly string[] = isLongRunning(def) ? (def.liveParams ?? []) : []
  const fixedParams: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(record.node.params)) if (!liveNames.includes(name)) fixedParams[name] = value
  const liveParams: Record<string, unknown> = {}
  for (const name of liveNames) liveParams[name] = record.node.params[name] ?? def.params[name]?.default
  return { fixedParams, liveParams }
}

/** The node's params, with declared defaults for those the file leaves out. */
export function paramsOf(record: NodeRecord): Record<string, unknown> {
  const params: Record<string, unknown> = {}
  for (const [name, decl] of Object.entries(record.def.params)) params[name] = record.node.params[name] ?? decl.default
  return params
}
