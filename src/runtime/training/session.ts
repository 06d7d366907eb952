import { NumpyRandomState, Random, TrainingLoop, defaultMetrics } from '../../core/index.ts'
import type { EpochLogs, Optimizer, RandomSource, Sampling, Sequential, Tensor } from '../../core/index.ts'
import { buildModel } from '../model-builder.ts'
import { objectiveOf, prepareData } from '../objective.ts'
import type { Dataset, EpochRecord, LossSpec, ModelSpec, OptimizerSpec } from '../values.ts'
import { createOptimizer } from './optimizer-factory.ts'
import { chanceAccuracy, trainingNotice } from './notices.ts'
import { TrajectoryRecorder } from './trajectory.ts'
import type { TrainingNotice } from './notices.ts'

export interface SessionConfig {
  epochs: number
  batchSize: number
  sampling: Sampling
  seed: number
  generator: 'default' | 'numpy-legacy'
  /** NumPy-legacy: continue the stream after this many rand() draws (data drawn first). */
  skipUniforms: number
  recordTrajectory: boolean
  recordGradNorms: boolean
}

export interface StepOutcome {
  step: number
  epoch: number
  loss: number
  /** Set when this step completed an epoch. */
  epochLogs: EpochLogs | null
  /** Why the run cannot go on (NaN or Infinity), or null. */
  divergence: string | null
}

function flatWeights(model: Sequential): number[] {
  return model.trainableWeights.flatMap((w) => Array.from(w.data))
}

function allFinite(model: Sequential): boolean {
  for (const w of model.trainableWeights) for (let i = 0; i < w.size; i++) if (!Number.isFinite(w.data[i])) return false
  return true
}

function kernelGradNorms(model: Sequential, grads: readonly Tensor[]): number[] {
  const weights = model.trainableWeights
  return model.layers.map((layer) => {
    const g = grads[weights.indexOf(layer.trainableWeights[0])]
    let s = 0
    for (let i = 0; i < g.size; i++) s += g.data[i] * g.data[i]
    return Math.sqrt(s)
  })
}

function samplingStream(config: SessionConfig): RandomSource {
  if (config.generator === 'default') return new Random(config.seed)
  const rng = new NumpyRandomState(config.seed)
  for (let i = 0; i < config.skipUniforms; i++) rng.next()
  return rng
}

/**
 * A trainer node's run: the core's training loop on the node's data, model, loss and
 * optimizer, plus what the graph's plots record along the way (every step's loss, the
 * weight trajectory, gradient norms). Synchronous and deterministic: the process around
 * it decides when steps run; the numbers only depend on the inputs.
 */
export class TrainingSession {
  readonly model: Sequential
  readonly optimizer: Optimizer
  readonly loop: TrainingLoop
  readonly data: Dataset
  readonly validation: Dataset | null
  readonly steps: { step: number; epoch: number; loss: number }[] = []
  /** The weights along the run, bounded (see TrajectoryRecorder), when the trainer records them. */
  readonly trajectory: TrajectoryRecorder | null
  readonly gradNorms: number[][] | null
  /** Whether the run is visibly not learning (exploding or stalled), updated each epoch. */
  notice: TrainingNotice | null = null
  /** The accuracy of always guessing the commonest class: what "at chance" means here. */
  private readonly chance: number | null

  constructor(
    data: Dataset,
    validation: Dataset | null,
    readonly modelSpec: ModelSpec,
    readonly lossSpec: LossSpec,
    optimizerSpec: OptimizerSpec,
    readonly config: SessionConfig,
  ) {
    this.model = buildModel(modelSpec)
    this.data = prepareData(data, lossSpec, this.model, modelSpec.inputShape)
    this.validation = validation ? prepareData(validation, lossSpec, this.model, modelSpec.inputShape) : null
    this.optimizer = createOptimizer(optimizerSpec)
    const setup = { model: this.model, objective: objectiveOf(lossSpec), optimizer: this.optimizer, metrics: defaultMetrics(lossSpec.kind) }
    this.loop = new TrainingLoop(setup, this.data, {
      epochs: config.epochs,
      batchSize: optimizerSpec.fullBatch ? this.data.x.shape[0] : config.batchSize,
      sampling: config.sampling,
      rng: samplingStream(config),
      validation: this.validation,
    })
    this.trajectory = config.recordTrajectory ? new TrajectoryRecorder(this.model.countParams()) : null
    this.trajectory?.record(0, () => flatWeights(this.model))
    this.gradNorms = config.recordGradNorms ? [] : null
    this.chance = chanceAccuracy(this.data.y, this.data.encoding)
  }

  get step(): number {
    return this.loop.step
  }

  get epoch(): number {
    return this.loop.epoch
  }

  get stepsPerEpoch(): number {
    return this.loop.stepsPerEpoch
  }

  /** The loop's epoch records: each holds its epoch and loss, so they are EpochRecords. */
  get history(): readonly EpochRecord[] {
    return this.loop.history as unknown as readonly EpochRecord[]
  }

  get done(): boolean {
    return this.loop.done
  }

  get metricKeys(): string[] {
    return this.loop.metricKeys
  }

  get layerNames(): string[] {
    return this.model.layers.map((l) => l.name)
  }

  /** One optimizer update on the next minibatch, recorded for the plots. */
  runStep(): StepOutcome {
    const { step, epoch, loss, grads, epochLogs } = this.loop.runStep()
    this.steps.push({ step, epoch: epochLogs ? epoch - 1 : epoch, loss })
    this.trajectory?.record(step, () => flatWeights(this.model))
    this.gradNorms?.push(kernelGradNorms(this.model, grads))
    if (epochLogs) this.notice = trainingNotice(this.history, this.chance)
    const divergence = !Number.isFinite(loss) ? `loss is ${loss}` : !allFinite(this.model) ? 'a weight is not finite' : null
    return { step, epoch, loss, epochLogs, divergence }
  }
}
