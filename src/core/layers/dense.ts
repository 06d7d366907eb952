import { allocate } from '../dtype.ts'
import { check } from '../errors.ts'
import { Tensor } from '../tensor.ts'
import { dense as denseOp } from '../ops/dense.ts'
import type { BatchShape, BuildContext, WeightPenalty } from './layer.ts'
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
  /** The kernel's initial values, row by row ([inputs, units]), when kernelInitializer is 'values'. */
  kernelValues?: readonly number[]
  /** The bias's initial values, one per unit, when biasInitializer is 'values'. */
  biasValues?: readonly number[]
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
  readonly kernelValues: readonly number[] | null
  readonly biasValues: readonly number[] | null
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
    const given = (which: 'kernel' | 'bias', init: InitializerName, values: readonly number[] | undefined): readonly number[] | null => {
      if (init !== 'values') return null
      check(values !== undefined && values.length > 0, where, () => `${which}Initializer 'values' needs ${which}Values: the numbers to start from`)
      check(values.every(Number.isFinite), where, () => `${which}Values must all be finite numbers`)
      return [...values]
    }
    const kernelValues = given('kernel', kernelInit, config.kernelValues)
    const biasValues = (config.useBias ?? true) ? given('bias', biasInit, config.biasValues) : null
    if (biasValues) check(biasValues.length === config.units, where, () => `biasValues has ${biasValues.length} number${biasValues.length === 1 ? '' : 's'} but the layer has ${config.units} unit${config.units === 1 ? '' : 's'}: give one bias per unit`)
    const l2 = config.kernelL2 ?? 0
    check(Number.isFinite(l2) && l2 >= 0, where, () => `kernelL2 must be a finite number ≥ 0, got ${l2}`)
    this.units = config.units
    this.activation = activation
    this.useBias = config.useBias ?? true
    this.kernelInitializer = kernelInit
    this.biasInitializer = biasInit
    this.kernelValues = kernelValues
    this.biasValues = biasValues
    this.kernelL2 = l2
  }

  computeOutputShape(inputShape: BatchShape): BatchShape {
    return [...inputShape.slice(0, -1), this.units]
  }

  override build(inputShape: BatchShape, ctx: BuildContext): void {
    const fanIn = inputShape[inputShape.length - 1]
    check(inputShape.length === 2 && typeof fanIn === 'number' && fanIn > 0, `Dense "${this.name}"`, () => `expects inputs of shape (None, features), got ${formatBatchShape(inputShape)}`)
    const kernelValues = this.kernelValues
    if (kernelValues) check(kernelValues.length === fanIn * this.units, `Dense "${this.name}"`, () => `kernelValues has ${kernelValues.length} number${kernelValues.length === 1 ? '' : 's'} but the kernel is ${fanIn}×${this.units} (${fanIn * this.units} weights, given row by row: one row of ${this.units} per input)`)
    const kernel = allocate(ctx.dtype, fanIn * this.units)
    initialize(this.kernelInitializer, kernel, fanIn, this.units, ctx.rng, kernelValues ?? undefined)
    this.kernel = Tensor.variable(kernel, [fanIn, this.units])
    this.kernel.name = `${this.name}/kernel`
    if (this.useBias) {
      const bias = allocate(ctx.dtype, this.units)
      initialize(this.biasInitializer, bias, fanIn, this.units, ctx.rng, this.biasValues ?? undefined)
      this.bias = Tensor.variable(bias, [this.units])
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

  override penalties(): WeightPenalty[] {
    return this.kernelL2 === 0 || !this.kernel ? [] : [{ weight: this.kernel, l2: this.kernelL2 }]
  }

  config(): Record<string, unknown> {
    return {
      units: this.units,
      activation: this.activation,
      useBias: this.useBias,
      kernelInitializer: this.kernelInitializer,
      biasInitializer: this.biasInitializer,
      ...(this.kernelValues ? { kernelValues: [...this.kernelValues] } : {}),
      ...(this.biasValues ? { biasValues: [...this.biasValues] } : {}),
      kernelL2: this.kernelL2,
    }
  }
}
