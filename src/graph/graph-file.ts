/** The graph file (DESIGN.md §4): the user's work, versioned and diff-friendly. */
export const FORMAT = 'flowgrad'
export const CURRENT_VERSION = 1

export type ParamValues = Record<string, number | boolean | string | number[]>

export interface GraphNode {
  id: string
  type: string
  position: [number, number]
  /** A resized plot node's width and chart height in graph units; absent at the default size. */
  size?: [number, number]
  /** Optional display name (legends use it). */
  title?: string
  params: ParamValues
}

export interface Endpoint {
  node: string
  port: string
}

export interface Connection {
  from: Endpoint
  to: Endpoint
}

/** A live change made during a run, replayed at the same trainer step. */
/** One value a tweaked param took, and the step before which it applied. */
export interface TweakStep {
  step: number
  value: number | boolean | string
}

export interface Tweak {
  /** The node whose param changed (e.g. the optimizer). */
  node: string
  param: string
  value: number | boolean | string
  /**
   * The value before the change. The node's param in the file holds the latest value, so a
   * replay starts from the first tweak's `from` and reaches `value` at `step`.
   */
  from?: number | boolean | string
  /** The trainer this change reached through a live input. */
  trainer: string
  /** The trainer step (number of completed updates) before which the change applies. */
  step: number
  /**
   * One gesture (a slider drag) that applied several values while training ran: each value
   * with its step, the first at `step`, the last being `value`. One tweak and one marker
   * for the user; an exact replay of what trained.
   */
  path?: TweakStep[]
}


export interface GraphMeta {
  title: string
  description?: string
}

export interface GraphDocument {
  format: typeof FORMAT
  version: number
  meta: GraphMeta
  nodes: GraphNode[]
  connections: Connection[]
  tweaks: Tweak[]
}

export function emptyDocument(title = 'Untitled'): GraphDocument {
  return { format: FORMAT, version: CURRENT_VERSION, meta: { title }, nodes: [], connections: [], tweaks: [] }
}
