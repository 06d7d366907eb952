import { EpochAverages, Random, NumpyRandomState, epochBatches, gatherRows, gradients, noGrad, toCategorical } from '../../core/index.ts'
import type { Optimizer, RandomSource, Sampling, Sequential, Tensor } from '../../core/index.ts'
import { buildModel } from '../model-builder.ts'
import { objective } from '../objective.ts'
import type { Dataset, LossSpec, ModelSpec, OptimizerSpec } from '../values.ts'
import { createOptimizer } from './optimizer-factory.ts'
import { metricsFor } from './metrics.ts'

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
  epochLogs: Record<string, number> | null
  /** Why the run cannot go on (NaN or Infinity), or null. */
  divergence: string | null
}

/**
 * Class indices meet a categorical cross-entropy as one-hot rows, as Keras' sparse
 * variant would take them: wiring iris straight into a softmax model just works.
 */
function withTargetsFor(data: Dataset, loss: LossSpec): Dataset {
  if (loss.kind !== 'categorical_crossentropy' || data.encoding !== 'index') return data
  const y = toCategorical(data.y.data, data.classes?.length, data.y.dtype)
  return { ...data, y, encoding: 'one-hot' }
}

function checkData(data: Dataset, model: ModelSpec): void {
  const features = data.x.shape[1]
  if (features !== model.inputShape[0]) {
    throw new Error(`the data have ${features} features but the model's input expects ${model.inputShape[0]}`)
  }
}

function flatWeights(model: Sequential): number[] {
  return model.trainableWeights.flatMap((w) => Array.from(w.data))
}

function allFinite(model: Sequential): boolean {
  for (const w of model.trainableWeights) for (let i = 0; i < w.size; i++) if (!Number.isFinite(w.data[i])) return false
  return true
}

/**
 * One training run, advanced one minibatch at a time. Synchronous and deterministic:
 * the process around it decides when steps run; the numbers only depend on the inputs.
 */
export class TrainingSession {
  readonly model: Sequential
  readonly optimizer: Optimizer
  readonly stepsPerEpoch: number
  step = 0
  epoch = 0
  readonly history: Record<string, number>[] = []
  readonly steps: { step: number; epoch: number; loss: number }[] = []
  readonly trajectory: number[][] | null
  readonly gradNorms: number[][] | null
  private readonly rng: RandomSource
  private batches: Int32Array[] = []
  private batchIndex = 0
  private averages = new EpochAverages()
  /** The epoch's batch losses added up: the epoch loss of a loss that sums over samples. */
  private epochLossSum = 0
  private readonly metrics

  readonly data: Dataset
  readonly validation: Dataset | null

  constructor(
    data: Dataset,
    validation: Dataset | null,
    readonly modelSpec: ModelSpec,
    readonly lossSpec: LossSpec,
    optimizerSpec: OptimizerSpec,
    readonly config: SessionConfig,
  ) {
    this.data = withTargetsFor(data, lossSpec)
    this.validation = validation ? withTargetsFor(validation, lossSpec) : null
    checkData(this.data, modelSpec)
    if (this.validation) checkData(this.validation, modelSpec)
    this.model = buildModel(modelSpec)
    const outputs = this.model.outputShape[1]
    if (outputs !== this.data.y.shape[1]) throw new Error(`the model outputs ${outputs} values per sample but the targets have ${this.data.y.shape[1]} (${this.data.encoding} encoding)`)
    this.optimizer = createOptimizer(optimizerSpec)
    this.metrics = metricsFor(lossSpec.kind)
    const n = this.data.x.shape[0]
    const batchSize = optimizerSpec.fullBatch ? n : Math.min(config.batchSize, n)
    this.stepsPerEpoch = config.sampling === 'replacement' ? Math.max(1, Math.floor(n / batchSize)) : Math.ceil(n / batchSize)
    this.batchSize = batchSize
    this.rng = config.generator === 'numpy-legacy' ? legacyStream(config.seed, config.skipUniforms) : new Random(config.seed)
    this.trajectory = config.recordTrajectory ? [flatWeights(this.model)] : null
    this.gradNorms = config.recordGradNorms ? [] : null
  }

  private readonly batchSize: number

  get done(): boolean {
    return this.epoch >= this.config.epochs
  }

  /** The keys of every epoch record: loss, the metrics, and their val_ versions with validation data. */
  get metricKeys(): string[] {
    const keys = ['loss', ...this.metrics.map((m) => m.key)]
    return this.validation ? [...keys, ...keys.map((k) => `val_${k}`)] : keys
  }

  get layerNames(): string[] {
    return this.model.layers.map((l) => l.name)
  }

  /** One optimizer update on the next minibatch. */
  runStep(): StepOutcome {
    if (this.batchIndex === 0) this.batches = epochBatches(this.data.x.shape[0], this.batchSize, this.config.sampling, this.rng)
    const batch = this.batches[this.batchIndex]
    const x = gatherRows(this.data.x, batch)
    const y = gatherRows(this.data.y, batch)
    const l2Scale = this.lossSpec.l2PerEpoch ? 1 / this.stepsPerEpoch : 1
    const { pred, loss } = objective(this.model, this.lossSpec, x, y, l2Scale)
    const vars = this.model.trainableWeights
    const grads = gradients(loss, vars)
    this.optimizer.applyGradients(grads.map((g, i) => [g, vars[i]] as const))
    const lossValue = loss.item()
    this.step++
    this.record(lossValue, batch.length, y, pred, grads)
    const divergence = !Number.isFinite(lossValue) ? `loss is ${lossValue}` : !allFinite(this.model) ? 'a weight is not finite' : null
    this.batchIndex++
    let epochLogs: Record<string, number> | null = null
    if (this.batchIndex === this.batches.length) {
      this.batchIndex = 0
      epochLogs = this.closeEpoch()
    }
    return { step: this.step, epoch: this.epoch, loss: lossValue, epochLogs, divergence }
  }

  private record(loss: number, count: number, y: Tensor, pred: Tensor, grads: Tensor[]): void {
    const metrics: Record<string, { total: number; count: number }> = {}
    for (const { key, metric } of this.metrics) metrics[key] = metric.compute(y, pred)
    this.averages.add({ loss, count, metrics })
    this.epochLossSum += loss
    this.steps.push({ step: this.step, epoch: this.epoch, loss })
    this.trajectory?.push(flatWeights(this.model))
    if (this.gradNorms) {
      const norms = this.model.layers.map((layer) => {
        const kernel = layer.trainableWeights[0]
        const g = grads[this.model.trainableWeights.indexOf(kernel)]
        let s = 0
        for (let i = 0; i < g.size; i++) s += g.data[i] * g.data[i]
        return Math.sqrt(s)
      })
      this.gradNorms.push(norms)
    }
  }

  private closeEpoch(): Record<string, number> {
    this.epoch++
    const logs: Record<string, number> = { epoch: this.epoch, ...this.averages.result() }
    // A summed loss grows with the batch: averaging minibatch sums would make SGD's epoch loss
    // look several times smaller than gradient descent's on the same data. Their total is the
    // loss over the epoch's samples, comparable to one full-batch step.
    if (this.lossSpec.reduction === 'sum') logs.loss = this.epochLossSum
    if (this.validation) Object.assign(logs, this.evaluate(this.validation, 'val_'))
    this.history.push(logs)
    this.averages = new EpochAverages()
    this.epochLossSum = 0
    return logs
  }

  /** Loss and metrics on a whole data set at the current weights. */
  evaluate(data: Dataset, prefix = ''): Record<string, number> {
    return noGrad(() => {
      const { pred, loss } = objective(this.model, this.lossSpec, data.x, data.y)
      const out: Record<string, number> = { [`${prefix}loss`]: loss.item() }
      for (const { key, metric } of this.metrics) {
        const r = metric.compute(data.y, pred)
        out[`${prefix}${key}`] = r.total / r.count
      }
      return out
    })
  }
}

function legacyStream(seed: number, skipUniforms: number): NumpyRandomState {
  const rng = new NumpyRandomState(seed)
  for (let i = 0; i < skipUniforms; i++) rng.next()
  return rng
}
