/** The graph file (DESIGN.md §4): the user's work, versioned and diff-friendly. */
export const FORMAT = 'flowgrad'
export const CURRENT_VERSION = 2

/** One layer of a Sequential node's `layers` param: its type and fields by name. */
export type LayerEntryValue = Record<string, number | boolean | string>

/** A param's value: what a node's params hold, and what a tweak of one records. */
export type ParamValue = number | boolean | string | number[] | LayerEntryValue[]

export type ParamValues = Record<string, ParamValue>

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
  value: ParamValue
}

/**
 * A change made while a trainer ran: a param of a node (`param`), or what feeds one of its
 * inputs (`input`: `value` and `from` name the source as "node.port").
 */
export interface Tweak {
  /** The node whose param changed (e.g. the optimizer), or whose input was rewired. */
  node: string
  param?: string
  input?: string
  value: ParamValue
  /**
   * The value before the change. The node's param in the file holds the latest value, so a
   * replay starts from the first tweak's `from` and reaches `value` at `step`.
   */
  from?: ParamValue
  /** What the curves' marker says ("batch 30 → 5", "SGD → Adam"), when the runtime named it. */
  label?: string
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

/** How much room a pinned chart takes on the board: a third, half or all of a row. */
export const CHART_SIZES = ['small', 'medium', 'large'] as const
export type ChartSize = (typeof CHART_SIZES)[number]

/** A chart pinned to the board: one Chart output of a node. */
export interface BoardChart {
  node: string
  port: string
  size: ChartSize
}

/** A param pinned to the board, shown with the inspector's control. */
export interface BoardParamControl {
  node: string
  param: string
  input?: undefined
}

/**
 * An input pinned to the board: which of the graph's nodes feeds it ("which optimizer does
 * this trainer use"), chosen from those whose output fits. Choosing one rewires the input.
 */
export interface BoardInputControl {
  node: string
  input: string
  param?: undefined
}

/** One control on the board: a param or an input of a node, never both. */
export type BoardControl = BoardParamControl | BoardInputControl

/**
 * What a teacher chose about one node or one of its controls in the lesson view: a whole node
 * (`param` and `input` absent), one param or one input. A classroom focus tool, not security.
 */
export interface LessonItem {
  node: string
  param?: string
  input?: string
}

/**
 * The teacher's lesson: what students see shown but cannot change (`locked`) and what they do
 * not see (`hidden`). Absent in files without one, which open unchanged.
 */
export interface Lesson {
  locked: LessonItem[]
  hidden: LessonItem[]
}

/** The lesson view (version 2): pinned charts and controls, in the order they are shown. */
export interface Board {
  charts: BoardChart[]
  controls: BoardControl[]
  /** The teacher's locks and hidden parts, when the graph has any. */
  lesson?: Lesson
}

export interface GraphDocument {
  format: typeof FORMAT
  version: number
  meta: GraphMeta
  /** Absent only in documents built in code; files of version 2 always have one. */
  board?: Board
  nodes: GraphNode[]
  connections: Connection[]
  tweaks: Tweak[]
}

export function emptyDocument(title = 'Untitled'): GraphDocument {
  return { format: FORMAT, version: CURRENT_VERSION, meta: { title }, board: emptyBoard(), nodes: [], connections: [], tweaks: [] }
}

export function emptyBoard(): Board {
  return { charts: [], controls: [] }
}
