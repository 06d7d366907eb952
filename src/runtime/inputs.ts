import type { Connection } from '../graph/graph-file.ts'
import type { InputKey, NodeRecord } from './node-record.ts'

export interface GatheredInputs {
  values: Record<string, unknown>
  /** What the node's result depends on: its cache key. */
  key: InputKey
  live: Record<string, { value: unknown; source: string }>
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
  keyParts.push(JSON.stringify(record.node.params), record.node.title ?? '')
  return { values, key: { fixed: keyParts.join('|'), live: liveParts.join('|') }, live }
}

/** The node's params, with declared defaults for those the file leaves out. */
export function paramsOf(record: NodeRecord): Record<string, unknown> {
  const params: Record<string, unknown> = {}
  for (const [name, decl] of Object.entries(record.def.params)) params[name] = record.node.params[name] ?? decl.default
  return params
}
