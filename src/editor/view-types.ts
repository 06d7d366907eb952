import type { ChartData } from '../charts/data.ts'
import type { ChartPicture } from '../charts/picture.ts'
import type { Tweak } from '../graph/graph-file.ts'
import type { NodeStatus } from '../runtime/node-record.ts'
import type { TrainingStatus } from '../runtime/values.ts'

/** What the page shows of a node's runtime state: everything is plain, cloneable data. */
export interface NodeRuntimeView {
  readonly status: NodeStatus
  readonly error: string | null
  /** A trainer's notice that the run is not learning (exploding or stalled), or null. */
  readonly notice: string | null
  /** Shape text per output port ("150×4"), from the values computed in the worker. */
  readonly shapes: Readonly<Record<string, string>>
  /** The chart of a plot node (its Chart output), if it has one. */
  readonly chart: ChartData | null
  /** The chart painted by the worker at the size the page lays it out, once that is known. */
  readonly picture: ChartPicture | null
  /** A Sequential node's layer stack, drawn in the node. */
  readonly stack?: StackView | null
}

/** One layer of a Sequential node's drawing. */
export interface StackLayerView {
  /** "Dense", "Dropout", "BatchNorm", "Activation". */
  readonly kind: string
  /** "relu", "rate 0.2", … */
  readonly detail: string
  /** The width it outputs. */
  readonly units: number
  readonly params: number
}

/** A Sequential node's stack and the model's parameter counts (Keras': total and trainable). */
export interface StackView {
  readonly layers: readonly StackLayerView[]
  readonly totalParams: number
  readonly trainableParams: number
}

/** One trainer's progress, for the toolbar. */
export interface ProgressView {
  readonly trainerId: string
  readonly label: string
  readonly status: TrainingStatus
  readonly epoch: number
  readonly epochs: number
  readonly step: number
  readonly loss: number | null
  readonly stepsPerSecond: number
  /** Said when the run is not learning (exploding or stalled), or null. */
  readonly notice: string | null
  /** Why the trainer stopped or cannot run, or null. */
  readonly error: string | null
}

/** A toolbar or keyboard command. */
export type AppCommand =
  | 'play'
  | 'pause'
  | 'stepBatch'
  | 'stepEpoch'
  | 'reset'
  | 'new'
  | 'open'
  | 'save'
  | 'share'
  | 'examples'
  | 'recent'
  | 'undo'
  | 'redo'
  | 'arrange'
  | 'fit'
  | 'present'
  | 'teach'
  | 'resetLesson'

export interface ExampleInfo {
  readonly id: string
  readonly title: string
  readonly description: string
  /** The description's first sentence: what the Examples dialog lists, to be scanned. */
  readonly summary: string
}

export type { Tweak }

/** A graph in the Recent list, as the dialog shows it. */
export interface RecentInfo {
  readonly id: string
  readonly title: string
  readonly nodes: number
  /** Date.now() when it was put aside. */
  readonly savedAt: number
}
