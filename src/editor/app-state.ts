import type { GraphDocument } from '../graph/graph-file.ts'
import type { ToWorker } from './worker/protocol.ts'
import type { NodeRuntimeView, ProgressView } from './view-types.ts'

/** Everything the page shows, in one immutable value the store replaces on every change. */
export interface AppState {
  readonly doc: GraphDocument
  readonly views: ReadonlyMap<string, NodeRuntimeView>
  readonly progress: ReadonlyMap<string, ProgressView>
  readonly selected: readonly string[]
  readonly canUndo: boolean
  readonly canRedo: boolean
  /** A passing message: why a connection was refused, that a link was copied… */
  readonly toast: string | null
  /** Problems of a file that could not be opened; the current graph is kept. */
  readonly problems: { readonly title: string; readonly lines: readonly string[] } | null
  /** Bumped when a whole new graph is loaded, so the canvas rebuilds and fits it. */
  readonly loadCount: number
  /** The trainer the run controls and the status row act on; all trainers when null. */
  readonly trainerFocus: string | null
}

export interface RuntimePort {
  send(message: ToWorker): void
}

export interface EditOptions {
  /** Consecutive edits with the same key are one undo step (a slider drag). */
  mergeKey?: string | null
  /** The gesture a param edit belongs to, handed to the runtime: one drag, one tweak. */
  gesture?: number
}
