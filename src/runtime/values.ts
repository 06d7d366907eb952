import type { Tensor, LayerDeclaration, LabelledData, LossName, OptimizerName, Reduction, TargetEncoding } from '../core/index.ts'
import type { Tweak } from '../graph/graph-file.ts'
import type { TrainingNotice } from './training/notices.ts'

/** Features and targets, with what a chart or a table needs to name them. */
export interface Dataset extends LabelledData {
  readonly name: string
  /** [rows, features] */
  readonly x: Tensor
  /** [rows, targets]: class indices, one-hot rows, ±1 labels or real targets. */
  readonly y: Tensor
  readonly featureNames: readonly string[]
  readonly targetNames: readonly string[]
  /** Class names when y holds class indices or one-hot rows. */
  readonly classes?: readonly string[]
  /** How y encodes the target, so a loss or a plot can check and read it. */
  readonly encoding: TargetEncoding
}

/**
 * One layer of a model, with the node that declared it. A layer node's layer is named for
 * the node; a Sequential node's layers take the names they are given, else Keras'
 * automatic names (`autoName`).
 */
export type LayerSpec = LayerDeclaration & {
  readonly nodeId: string
  readonly autoName?: boolean
}

/** A Sequential model as declared by a chain of model nodes; the trainer builds it. */
export interface ModelSpec {
  /** The node the chain starts from: an Input node, or the first Dense or Sequential fed by a Dataset. */
  readonly inputNodeId: string
  readonly inputShape: readonly number[]
  /** The data the chain starts from, when a Dataset feeds it: the trainer's default data. */
  readonly data: Dataset | null
  readonly layers: readonly LayerSpec[]
  /** How initial weights are drawn: Flowgrad's generator or NumPy's legacy stream. */
  readonly init: ModelInit
}

/**
 * Where initial weights come from. With NumPy's legacy generator, all kernels are drawn
 * first and then all biases, in layer order, after skipping `skipNormals` normal draws —
 * the order of the chapter's code, which draws its data from the same stream first.
 */
export interface ModelInit {
  readonly generator: 'default' | 'numpy-legacy'
  readonly seed: number
  readonly skipNormals: number
}

export interface LossSpec {
  readonly nodeId: string
  readonly kind: LossName
  readonly reduction: Reduction
  readonly fromLogits: boolean
  /** λ in the penalty λ·Σ W² over every kernel weight (Keras' L2), added to the loss. */
  readonly l2: number
  /**
   * Spread the penalty over an epoch's minibatches (λ divided by their number), as the
   * chapter's SGD does, so one epoch penalizes as much as one full-batch step.
   */
  readonly l2PerEpoch: boolean
}

export interface OptimizerSpec {
  readonly nodeId: string
  readonly kind: OptimizerName
  /** Hyperparameters by name, as the node's params hold them. */
  readonly config: Readonly<Record<string, number | boolean>>
  /** Full-batch gradient descent: one batch of all rows per epoch. */
  readonly fullBatch: boolean
}

/** An elementwise function, with the points it was applied to: for math/derivative. */
export interface FunctionValue {
  readonly name: string
  readonly x: Tensor
  readonly apply: (x: Tensor) => Tensor
}

export interface EpochRecord {
  readonly epoch: number
  readonly loss: number
  readonly [metric: string]: number
}

export interface StepRecord {
  readonly step: number
  readonly epoch: number
  readonly loss: number
  /** The rate this step used (the optimizer's, through the trainer's schedule). */
  readonly learningRate: number
}

/** Where early stopping ended a run: the epoch it stopped after and the best epoch (1-based). */
export interface EarlyStop {
  readonly stoppedEpoch: number
  readonly bestEpoch: number
}

export type TrainingStatus = 'idle' | 'running' | 'paused' | 'done' | 'error'

/** What a trainer shows at one moment; a new snapshot is emitted as training advances. */
export interface TrainingSnapshot {
  readonly trainerId: string
  /** Legend name: the trainer's title, or its id. */
  readonly label: string
  /** Increments each time the run restarts. */
  readonly runId: number
  readonly status: TrainingStatus
  readonly epoch: number
  readonly step: number
  readonly epochs: number
  readonly stepsPerEpoch: number
  /** The step count at the end of each epoch: epochs differ in steps once the batch size or data changed. */
  readonly epochEnds: readonly number[]
  readonly history: readonly EpochRecord[]
  /** The keys every epoch record will hold (loss, metrics, val_…), known before the first epoch. */
  readonly metricKeys: readonly string[]
  readonly steps: readonly StepRecord[]
  /** Set once early stopping has ended the run. */
  readonly earlyStop: EarlyStop | null
  /** Flat weight vectors, the initial weights first, when the trainer records them: one per `trajectoryEvery` steps. */
  readonly trajectory: readonly (readonly number[])[] | null
  /** Steps between two recorded weight vectors: 1, or a power of two once a large model's trajectory reached its budget. */
  readonly trajectoryEvery: number
  /** Per-layer kernel gradient norms per step, when the trainer records them. */
  readonly gradNorms: readonly (readonly number[])[] | null
  readonly layerNames: readonly string[]
  readonly tweaks: readonly Tweak[]
  /** Runs a change restarted, in order, each with why: the curves draw them as earlier segments. */
  readonly earlier: readonly { readonly history: readonly EpochRecord[]; readonly reason: string }[]
  readonly error: string | null
  /** Said out loud when the run is not learning (exploding or stalled), without stopping it. */
  readonly notice: TrainingNotice | null
  /** The current model's predictions (for decision boundaries and landscapes). */
  readonly predict: ((x: Tensor) => Tensor) | null
  /** The loss of the training data at given flat weights (for contours). */
  readonly lossAt: ((weights: readonly number[]) => number) | null
  /** Multiply-adds of one lossAt call (about samples × weights): plots size their work by it. */
  readonly lossCost: number
  /** Wall time the run has spent running (pauses left out): a finished run's average speed is step / runningMs. */
  readonly runningMs: number
}
