import { NumpyRandomState, Random, TrainingLoop, carryOver, defaultMetrics } from '../../core/index.ts'
import type { EpochLogs, Layer, Optimizer, RandomSource, Sampling, Sequential, Tensor } from '../../core/index.ts'
import { buildModel } from '../model-builder.ts'
import { objectiveOf, prepareData } from '../objective.ts'
import type { Dataset, EarlyStop, EpochRecord, LossSpec, ModelSpec, OptimizerSpec, StepRecord } from '../values.ts'
import { createOptimizer, setHyperparameter } from './optimizer-factory.ts'
import { chanceAccuracy, trainingNotice } from './notices.ts'
import type { CallbackSettings } from './callbacks.ts'
import { loopCallbacks } from './callbacks.ts'
import { TrajectoryRecorder } from './trajectory.ts'
import type { TrainingNotice } from './notices.ts'
import type { SessionChange } from './changes.ts'
import { atEpochStartOnly } from './changes.ts'

export interface SessionConfig extends CallbackSettings {
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
  for (const w of model.weights) for (let i = 0; i < w.size; i++) if (!Number.isFinite(w.data[i])) return false
  return true
}

/** The layers with a kernel (Dense): the ones gradient-norm plots follow. */
function kernelLayers(model: Sequential): Layer[] {
  return model.layers.filter((layer) => layer.kernelWeight !== null)
}

function kernelGradNorms(model: Sequential, grads: readonly Tensor[]): number[] {
  const weights = model.trainableWeights
  return kernelLayers(model).map((layer) => {
    const g = grads[weights.indexOf(layer.kernelWeight as Tensor)]
    let s = 0
    for (let i = 0; i < g.size; i++) s += g.data[i] * g.data[i]
    return Math.sqrt(s)
  })
}

/** The random stream a trainer draws its minibatches from: exports replay it to store the same batches. */
export function samplingStream(config: Pick<SessionConfig, 'seed' | 'generator' | 'skipUniforms'>): RandomSource {
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
  model: Sequential
  readonly loop: TrainingLoop
  data: Dataset
  validation: Dataset | null
  readonly steps: StepRecord[] = []
  /** The step count at the end of each epoch. */
  readonly epochEnds: number[] = []
  /** The weights along the run, bounded (see TrajectoryRecorder), when the trainer records them. */
  readonly trajectory: TrajectoryRecorder | null
  readonly gradNorms: number[][] | null
  /** Whether the run is visibly not learning (exploding or stalled), updated each epoch. */
  notice: TrainingNotice | null = null
  /** The accuracy of always guessing the commonest class: what "at chance" means here. */
  private chance: number | null
  /** Full-batch gradient descent: one batch of all rows, whatever the batch size says. */
  private readonly fullBatch: boolean

  constructor(
    data: Dataset,
    validation: Dataset | null,
    public modelSpec: ModelSpec,
    public lossSpec: LossSpec,
    optimizerSpec: OptimizerSpec,
    public config: SessionConfig,
  ) {
    this.model = buildModel(modelSpec)
    this.fullBatch = optimizerSpec.fullBatch
    this.data = prepareData(data, lossSpec, this.model, modelSpec.inputShape)
    this.validation = validation ? prepareData(validation, lossSpec, this.model, modelSpec.inputShape) : null
    const setup = { model: this.model, objective: objectiveOf(lossSpec), optimizer: createOptimizer(optimizerSpec), metrics: defaultMetrics(lossSpec.kind) }
    this.loop = new TrainingLoop(setup, this.data, {
      epochs: config.epochs,
      batchSize: optimizerSpec.fullBatch ? this.data.x.shape[0] : config.batchSize,
      sampling: config.sampling,
      rng: samplingStream(config),
      validation: this.validation,
      ...loopCallbacks(config),
    })
    this.trajectory = config.recordTrajectory ? new TrajectoryRecorder(this.model.trainableWeights.reduce((n, w) => n + w.size, 0)) : null
    this.trajectory?.record(0, () => flatWeights(this.model))
    this.gradNorms = config.recordGradNorms ? [] : null
    this.chance = chanceAccuracy(this.data.y, this.data.encoding)
  }

  get optimizer(): Optimizer {
    return this.loop.setup.optimizer
  }

  /** Whether a change can apply before the next step (some wait for an epoch to start). */
  canApply(change: SessionChange): boolean {
    return !atEpochStartOnly(change) || this.loop.atEpochStart
  }

  /**
   * Carries on with the same weights under a change: another optimizer starts with a fresh
   * state (no momentum or moments carried over); new data is prepared for the model and
   * loss as at the start; a changed model keeps its weights and its optimizer state where
   * the shapes allow (see the core's carryOver).
   */
  apply(change: SessionChange): void {
    switch (change.kind) {
      case 'optimizer':
        this.loop.setOptimizer(createOptimizer(change.spec))
        return
      case 'epochs':
        this.config = { ...this.config, epochs: change.epochs }
        this.loop.setEpochs(change.epochs)
        return
      case 'batching':
        this.config = { ...this.config, batchSize: change.batchSize, sampling: change.sampling }
        this.loop.setBatching(this.fullBatch ? this.data.x.shape[0] : change.batchSize, change.sampling)
        return
      case 'loss': {
        const data = prepareData(this.data, change.spec, this.model, this.modelSpec.inputShape)
        const validation = this.validation ? prepareData(this.validation, change.spec, this.model, this.modelSpec.inputShape) : null
        this.lossSpec = change.spec
        this.loop.setObjective(objectiveOf(change.spec), defaultMetrics(change.spec.kind))
        this.useData(data, validation)
        return
      }
      case 'hyperparameters':
        for (const [param, value] of Object.entries(change.values)) setHyperparameter(this.optimizer, param, value)
        return
      case 'model': {
        // A fresh build draws the new layers' initial weights from the seed; the old state carries over onto it.
        const model = buildModel(change.spec)
        this.optimizer.carrySlots(carryOver(this.model, model))
        this.model = model
        this.modelSpec = change.spec
        this.loop.setModel(model)
        return
      }
      case 'data': {
        this.modelSpec = change.model
        this.useData(prepareData(change.data, this.lossSpec, this.model, this.modelSpec.inputShape), change.validation ? prepareData(change.validation, this.lossSpec, this.model, this.modelSpec.inputShape) : null)
      }
    }
  }

  private useData(data: Dataset, validation: Dataset | null): void {
    this.data = data
    this.validation = validation
    this.loop.setData(data, validation)
    // Full-batch descent takes every row in one batch, however many there now are.
    if (this.fullBatch) this.loop.setBatching(data.x.shape[0], this.loop.options.sampling)
    this.chance = chanceAccuracy(data.y, data.encoding)
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

  get earlyStop(): EarlyStop | null {
    const stopping = this.loop.earlyStopping
    return stopping?.stoppedEpoch != null ? { stoppedEpoch: stopping.stoppedEpoch, bestEpoch: stopping.bestEpoch } : null
  }

  get layerNames(): string[] {
    return kernelLayers(this.model).map((l) => l.name)
  }

  /** One optimizer update on the next minibatch, recorded for the plots. */
  runStep(): StepOutcome {
    const { step, epoch, loss, learningRate, grads, epochLogs } = this.loop.runStep()
    this.steps.push({ step, epoch: epochLogs ? epoch - 1 : epoch, loss, learningRate })
    this.trajectory?.record(step, () => flatWeights(this.model))
    this.gradNorms?.push(kernelGradNorms(this.model, grads))
    if (epochLogs) this.epochEnds.push(step)
    if (epochLogs) this.notice = trainingNotice(this.history, this.chance)
    const divergence = !Number.isFinite(loss) ? `loss is ${loss}` : !allFinite(this.model) ? 'a weight is not finite' : null
    return { step, epoch, loss, epochLogs, divergence }
  }
}
