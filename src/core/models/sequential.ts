import type { DType } from '../dtype.ts'
import { check, fail } from '../errors.ts'
import { Tensor } from '../tensor.ts'
import { allocate } from '../dtype.ts'
import { assign } from '../creation.ts'
import { noGrad } from '../autograd/mode.ts'
import { Random } from '../random/index.ts'
import type { RandomSource } from '../random/index.ts'
import type { BatchShape, InputSpec } from '../layers/index.ts'
import { Layer, formatBatchShape } from '../layers/index.ts'
import { gatherRows } from '../ops/shape.ts'
import type { ModelSummary } from './summary.ts'
import { formatSummary } from './summary.ts'
import { rowRange } from '../data/batches.ts'
import { trainBatch } from '../training/index.ts'
import type { StepResult } from '../training/index.ts'
import type { CompileConfig, Compiled } from './compile.ts'
import { resolveCompile } from './compile.ts'
import type { FitOptions, History } from './fit.ts'
import { evaluate, fit } from './fit.ts'

export interface SequentialOptions {
  name?: string
  /** Seeds weight initialization. The same seed gives the same initial weights. */
  seed?: number
  /** Or a generator to draw initial weights from (e.g. NumPy's legacy stream). */
  rng?: RandomSource
  dtype?: DType
}

/** A linear stack of layers, with Keras' construction and inspection API. */
export class Sequential {
  readonly name: string
  readonly layers: Layer[] = []
  readonly dtype: DType
  private inputShape: BatchShape | null = null
  private readonly rng: RandomSource

  constructor(layers: ReadonlyArray<Layer | InputSpec> = [], options: SequentialOptions = {}) {
    this.name = options.name ?? 'sequential'
    this.dtype = options.dtype ?? 'float32'
    this.rng = options.rng ?? new Random(options.seed ?? 0)
    layers.forEach((item, i) => {
      if (item instanceof Layer) this.add(item)
      else {
        check(i === 0, 'Sequential', () => `an Input may only come first, found one at position ${i}`)
        this.inputShape = item.batchShape
      }
    })
  }

  add(layer: Layer): this {
    if (layer.autoNamed) {
      const taken = new Set(this.layers.map((l) => l.name))
      let name = layer.baseName
      for (let k = 1; taken.has(name); k++) name = `${layer.baseName}_${k}`
      layer.name = name
    }
    check(!this.layers.some((l) => l.name === layer.name), 'Sequential', () => `two layers are named "${layer.name}"`)
    this.layers.push(layer)
    if (this.inputShape) this.buildLayer(layer)
    return this
  }

  private outputShapeBefore(index: number): BatchShape {
    let shape = this.inputShape as BatchShape
    for (let i = 0; i < index; i++) shape = this.layers[i].computeOutputShape(shape)
    return shape
  }

  private buildLayer(layer: Layer): void {
    const index = this.layers.indexOf(layer)
    layer.build(this.outputShapeBefore(index), { rng: this.rng, dtype: this.dtype })
  }

  /** Builds every layer for inputs of this batch shape (done on the first call otherwise). */
  build(inputShape: BatchShape): void {
    if (this.inputShape) return
    this.inputShape = inputShape
    for (const layer of this.layers) this.buildLayer(layer)
  }

  get built(): boolean {
    return this.inputShape !== null && this.layers.every((l) => l.built)
  }

  get outputShape(): BatchShape {
    check(this.inputShape !== null, `Sequential "${this.name}"`, () => 'has no input shape yet: start it with an Input or call it on data')
    return this.outputShapeBefore(this.layers.length)
  }

  /** Forward pass, recording the autograd graph when weights require gradients. */
  call(x: Tensor): Tensor {
    check(this.layers.length > 0, `Sequential "${this.name}"`, () => 'has no layers')
    if (!this.inputShape) this.build([null, ...x.shape.slice(1)])
    const expected = this.inputShape as BatchShape
    const ok = x.rank === expected.length && expected.every((d, i) => d === null || d === x.shape[i])
    check(ok, `Sequential "${this.name}"`, () => `expects inputs of shape ${formatBatchShape(expected)}, got ${formatBatchShape(x.shape)}`)
    let out = x
    for (const layer of this.layers) out = layer.call(out)
    return out
  }

  /** Predictions for all rows of x, in batches, without recording gradients. */
  predict(x: Tensor, options: { batchSize?: number } = {}): Tensor {
    const batchSize = options.batchSize ?? 32
    return noGrad(() => {
      if (x.shape[0] <= batchSize) return this.call(x)
      let out: Tensor | null = null
      for (let start = 0; start < x.shape[0]; start += batchSize) {
        const part = this.call(gatherRows(x, rowRange(start, Math.min(x.shape[0], start + batchSize))))
        out ??= Tensor.constant(allocate(part.dtype, x.shape[0] * (part.size / part.shape[0])), [x.shape[0], ...part.shape.slice(1)])
        out.data.set(part.data, start * (part.size / part.shape[0]))
      }
      return out as Tensor
    })
  }

  get trainableWeights(): Tensor[] {
    return this.layers.flatMap((l) => l.trainableWeights)
  }

  countParams(): number {
    return this.layers.reduce((n, l) => n + l.countParams(), 0)
  }

  /** Copies of every weight's values, in Keras' order. */
  getWeights(): Float32Array[] | Float64Array[] {
    return this.trainableWeights.map((w) => w.data.slice()) as Float32Array[] | Float64Array[]
  }

  setWeights(weights: ReadonlyArray<ArrayLike<number>>): void {
    const vars = this.trainableWeights
    check(weights.length === vars.length, `Sequential "${this.name}".setWeights`, () => `expects ${vars.length} arrays, got ${weights.length}`)
    vars.forEach((v, i) => {
      if (weights[i].length !== v.size) fail(`Sequential "${this.name}".setWeights`, `array ${i} (${v.name}) must hold ${v.size} values, got ${weights[i].length}`)
      assign(v, weights[i])
    })
  }

  summaryData(): ModelSummary {
    const rows = this.layers.map((layer, i) => ({
      layer: layer.name,
      type: layer.className,
      outputShape: this.outputShapeBefore(i + 1),
      params: layer.countParams(),
    }))
    const total = rows.reduce((n, r) => n + r.params, 0)
    return { name: this.name, rows, totalParams: total, trainableParams: total, nonTrainableParams: 0 }
  }

  private compiled: Compiled | null = null

  /** Keras' compile: "mse" / "binary_crossentropy" / "categorical_crossentropy", "sgd" / "adam", metrics. */
  compile(config: CompileConfig): void {
    this.compiled = resolveCompile(config)
  }

  get optimizer(): Compiled['optimizer'] {
    return this.requireCompiled('optimizer').optimizer
  }

  get loss(): Compiled['loss'] {
    return this.requireCompiled('loss').loss
  }

  private requireCompiled(method: string): Compiled {
    check(this.compiled !== null, `Sequential "${this.name}".${method}`, () => 'call compile({ loss, optimizer }) first')
    return this.compiled
  }

  fit(x: Tensor, y: Tensor, options?: FitOptions): History {
    return fit(this, this.requireCompiled('fit'), x, y, options)
  }

  /** One optimizer step on one batch. */
  trainOnBatch(x: Tensor, y: Tensor): StepResult {
    const { loss, optimizer, metrics } = this.requireCompiled('trainOnBatch')
    return trainBatch({ model: this, objective: { loss }, optimizer, metrics }, x, y)
  }

  evaluate(x: Tensor, y: Tensor, options: { batchSize?: number } = {}): Record<string, number> {
    return evaluate(this, this.requireCompiled('evaluate'), x, y, options.batchSize)
  }

  /** The Keras summary table as text. */
  summary(): string {
    check(this.built, `Sequential "${this.name}".summary`, () => 'the model is not built: start it with an Input or call it on data first')
    return formatSummary(this.summaryData())
  }
}
