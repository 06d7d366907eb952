import { allocate } from '../dtype.ts'
import { check } from '../errors.ts'
import { Tensor } from '../tensor.ts'
import { dense as denseOp } from '../ops/dense.ts'
import { mul, sum, square } from '../ops/index.ts'
import type { BatchShape, BuildContext } from './layer.ts'
import { Layer, formatBatchShape } from './layer.ts'
import type { ActivationName } from './activations.ts'
import { ACTIVATIONS, isActivation } from './activations.ts'
import type { InitializerName } from './initializers.ts'
import { INITIALIZERS, initialize, isInitializer } from './initializers.ts'

export interface DenseConfig {
  units: number
  activation?: ActivationName
  useBias?: boolean
  kernelInitializer?: InitializerName
  biasInitializer?: InitializerName
  /** L2 penalty factor on the kernel: adds l2·Σ W² to the loss. */
  kernelL2?: number
  name?: string
}

/** Keras' Dense: y = activation(x·W + b), with W of shape [inputs, units]. */
export class Dense extends Layer {
  readonly className = 'Dense'
  readonly units: number
  readonly activation: ActivationName
  readonly useBias: boolean
  readonly kernelInitializer: InitializerName
  readonly biasInitializer: InitializerName
  readonly kernelL2: number
  kernel: Tensor | null = null
  bias: Tensor | null = null

  constructor(config: DenseConfig) {
    super(config.name, 'dense')
    const where = `Dense "${this.name}"`
    check(Number.isInteger(config.units) && config.units > 0, where, () => `units must be a positive integer, got ${config.units}`)
    const activation = config.activation ?? 'linear'
    check(isActivation(activation), where, () => `unknown activation "${activation}"; expected one of ${ACTIVATIONS.join(', ')}`)
    const kernelInit = config.kernelInitializer ?? 'glorotUniform'
    check(isInitializer(kernelInit), where, () => `unknown kernelInitializer "${kernelInit}"; expected one of ${INITIALIZERS.join(', ')}`)
    const biasInit = config.biasInitializer ?? 'zeros'
    check(isInitializer(biasInit), where, () => `unknown biasInitializer "${biasInit}"; expected one of ${INITIALIZERS.join(', ')}`)
    const l2 = config.kernelL2 ?? 0
    check(Number.isFinite(l2) && l2 >= 0, where, () => `kernelL2 must be a finite number ≥ 0, got ${l2}`)
    this.units = config.units
    this.activation = activation
    this.useBias = config.useBias ?? true
    this.kernelInitializer = kernelInit
    this.biasInitializer = biasInit
    this.kernelL2 = l2
  }

  computeOutputShape(inputShape: BatchShape): BatchShape {
    return [...inputShape.slice(0, -1), this.units]
  }

  override build(inputShape: BatchShape, ctx: BuildContext): void {
    const fanIn = inputShape[inputShape.length - 1]
    check(inputShape.length === 2 && typeof fanIn === 'number' && fanIn > 0, `Dense "${this.name}"`, () => `expects inputs of shape (None, features), got ${formatBatchShape(inputShape)}`)
    const kernel = allocate(ctx.dtype, fanIn * this.units)
    initialize(this.kernelInitializer, kernel, fanIn, this.units, ctx.rng)
    this.kernel = new Tensor(kernel, [fanIn, this.units], 'variable', [], null, true)
    this.kernel.name = `${this.name}/kernel`
    if (this.useBias) {
      const bias = allocate(ctx.dtype, this.units)
      initialize(this.biasInitializer, bias, fanIn, this.units, ctx.rng)
      this.bias = new Tensor(bias, [this.units], 'variable', [], null, true)
      this.bias.name = `${this.name}/bias`
    }
    this.built = true
  }

  call(x: Tensor): Tensor {
    check(this.kernel !== null, `Dense "${this.name}"`, () => 'is not built: add it to a model with a known input shape first')
    check(x.rank === 2 && x.shape[1] === this.kernel.shape[0], `Dense "${this.name}"`, () => `expects inputs with ${this.kernel?.shape[0]} features, got shape ${formatBatchShape(x.shape)}`)
    return denseOp(x, this.kernel, this.bias, this.activation)
  }

  override get trainableWeights(): Tensor[] {
    return [this.kernel, this.bias].filter((w): w is Tensor => w !== null)
  }

  override regularizationLoss(): Tensor | null {
    if (this.kernelL2 === 0 || !this.kernel) return null
    return mul(sum(square(this.kernel)), this.kernelL2)
  }

  config(): Record<string, unknown> {
    return {
      units: this.units,
      activation: this.activation,
      useBias: this.useBias,
      kernelInitializer: this.kernelInitializer,
      biasInitializer: this.biasInitializer,
      kernelL2: this.kernelL2,
    }
  }
}
