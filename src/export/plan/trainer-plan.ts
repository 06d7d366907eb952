import type { Endpoint, GraphNode, Tweak } from '../../graph/graph-file.ts'
import type { Dataset, LossSpec, ModelSpec, OptimizerSpec } from '../../runtime/values.ts'
import type { SessionConfig } from '../../runtime/training/session.ts'

/** A data set with the output it comes from, so its pipeline can be written as code. */
export interface DataSource {
  readonly ref: Endpoint
  readonly value: Dataset
}

/** Everything a trainer node trains with, read from the evaluated graph: what an export writes out. */
export interface TrainerPlan {
  readonly id: string
  /** The trainer's title, or its id. */
  readonly label: string
  readonly data: DataSource
  readonly validation: DataSource | null
  readonly model: ModelSpec
  readonly loss: LossSpec
  readonly optimizer: OptimizerSpec
  /** The node feeding the optimizer input: the graph's tweaks name it. */
  readonly optimizerSource: string
  readonly config: SessionConfig
  /** The file's recorded live changes for this trainer, replayed at their steps. */
  readonly tweaks: readonly Tweak[]
}

/** The graph as an export sees it: its trainers, and the nodes nothing exported stands for. */
export interface ExportPlan {
  readonly title: string
  readonly trainers: readonly TrainerPlan[]
  /** Plots, sweeps and other nodes that no trainer depends on: listed at the top of what is written. */
  readonly unexported: readonly GraphNode[]
  /** Every data set output a pipeline may read, by "node.port". */
  readonly datasets: ReadonlyMap<string, Dataset>
  /** How each node's inputs are connected: node id → input port → source. */
  readonly inputsOf: (nodeId: string, port: string) => Endpoint | null
  readonly node: (nodeId: string) => GraphNode | undefined
}

export const refKey = (ref: Endpoint): string => `${ref.node}.${ref.port}`
