import type { NodeCell } from './cell.ts'
import type { GraphIndex } from './graph-index.ts'

export interface GatheredInputs {
  values: Record<string, unknown>
  /** What the node's result depends on, apart from live inputs: its cache key. */
  key: string
  /** The versions of the live inputs' values. */
  liveKey: string
  live: Record<string, { value: unknown; source: string }>
}

export interface Blocked {
  blocked: string
  /** An error of this node (a missing input), not a wait for another one. */
  error: boolean
}

/** Input values by port, or the reason the node cannot be evaluated yet. */
export function gatherInputs(cell: NodeCell, index: GraphIndex, cellOf: (id: string) => NodeCell): GatheredInputs | Blocked {
  const values: Record<string, unknown> = {}
  const live: Record<string, { value: unknown; source: string }> = {}
  const keyParts: string[] = []
  const liveParts: string[] = []
  for (const [port, spec] of Object.entries(cell.def.inputs)) {
    const sources = index.sources(cell.node.id, port)
    if (sources.length === 0 && !spec.optional) return { blocked: `input "${port}" is not connected`, error: true }
    const got: unknown[] = []
    for (const s of sources) {
      const upstream = cellOf(s.from.node)
      // A value is usable even when its node reports an error afterwards (a diverged
      // trainer keeps its history), so only a missing value blocks.
      if (!upstream.values.has(s.from.port)) {
        const status = upstream.state.value.status
        return { blocked: status === 'error' || status === 'blocked' ? `waiting for "${s.from.node}", which has a problem` : `waiting for "${s.from.node}"`, error: false }
      }
      got.push(upstream.values.get(s.from.port))
      const part = `${port}<${s.from.node}.${s.from.port}@${upstream.outputVersion}`
      if (spec.live) liveParts.push(part)
      else keyParts.push(part)
    }
    values[port] = spec.multiple ? got : got[0]
    if (spec.live && sources.length > 0) live[port] = { value: got[0], source: sources[0].from.node }
  }
  keyParts.push(JSON.stringify(cell.node.params), cell.node.title ?? '')
  return { values, key: keyParts.join('|'), liveKey: liveParts.join('|'), live }
}

/** The node's params, with declared defaults for those the file leaves out. */
export function paramsOf(cell: NodeCell): Record<string, unknown> {
  const params: Record<string, unknown> = {}
  for (const [name, decl] of Object.entries(cell.def.params)) params[name] = cell.node.params[name] ?? decl.default
  return params
}
