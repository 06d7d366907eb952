import { allocate } from '../dtype.ts'
import { check } from '../errors.ts'
import { Tensor } from '../tensor.ts'
import { assign } from '../creation.ts'
import { noGrad } from '../autograd/mode.ts'
import { add, div, mul, sub } from '../ops/binary.ts'
import { mean } from '../ops/reduce.ts'
import { sqrt, square } from '../ops/unary.ts'
import type { BatchShape, BuildContext } from './layer.ts'
import { Layer, formatBatchShape } from './layer.ts'

export interface BatchNormalizationConfig {
  /** How much of the moving statistics each training step keeps (Keras' 0.99). */
  momentum?: number
  /** Added to the variance before its square root (Keras' 0.001). */
  epsilon?: number
  name?: string
}

/**
 * Keras' BatchNormalization over the last axis. In training steps it normalizes with the
 * batch's mean and (biased) variance, through which gradients flow, and moves its moving
 * statistics towards them: moving = moving·momentum + batch·(1 − momentum). Outside
 * training it normalizes with the moving statistics. γ (ones) and β (zeros) are learned;
 * the moving mean (zeros) and variance (ones) are weights training does not differentiate.
 */
export class BatchNormalization extends Layer {
  readonly className = 'BatchNormalization'
  readonly momentum: number
  readonly epsilon: number
  gamma: Tensor | null = null
  beta: Tensor | null = null
  movingMean: Tensor | null = null
  movingVariance: Tensor | null = null

  constructor(config: BatchNormalizationConfig = {}) {
    super(config.name, 'batch_normalization')
    const where = `BatchNormalization "${this.name}"`
    const momentum = config.momentum ?? 0.99
    const epsilon = config.epsilon ?? 1e-3
    check(Number.isFinite(momentum) && momentum >= 0 && momentum <= 1, where, () => `momentum must be in [0, 1], got ${momentum}`)
    check(Number.isFinite(epsilon) && epsilon > 0, where, () => `epsilon must be a number above 0, got ${epsilon}`)
    this.momentum = momentum
    this.epsilon = epsilon
  }

  computeOutputShape(inputShape: BatchShape): BatchShape {
    return inputShape
  }

  override build(inputShape: BatchShape, ctx: BuildContext): void {
    const features = inputShape[inputShape.length - 1]
    check(inputShape.length === 2 && typeof features === 'number' && features > 0, `BatchNormalization "${this.name}"`, () => `expects inputs of shape (None, features), got ${formatBatchShape(inputShape)}`)
    const filled = (value: number): ReturnType<typeof allocate> => allocate(ctx.dtype, features).fill(value)
    this.gamma = Tensor.variable(filled(1), [features])
    this.gamma.name = `${this.name}/gamma`
    this.beta = Tensor.variable(filled(0), [features])
    this.beta.name = `${this.name}/beta`
    this.movingMean = Tensor.constant(filled(0), [features])
    this.movingMean.name = `${this.name}/moving_mean`
    this.movingVariance = Tensor.constant(filled(1), [features])
    this.movingVariance.name = `${this.name}/moving_variance`
    this.built = true
  }

  call(x: Tensor, training: boolean): Tensor {
    const { gamma, beta, movingMean, movingVariance } = this
    check(gamma !== null && beta !== null && movingMean !== null && movingVariance !== null, `BatchNormalization "${this.name}"`, () => 'is not built: add it to a model with a known input shape first')
    if (!training) return this.normalize(x, movingMean, movingVariance, gamma, beta)
    const batchMean = mean(x, 0)
    const batchVariance = mean(square(sub(x, batchMean)), 0)
    noGrad(() => {
      assign(movingMean, add(mul(movingMean, this.momentum), mul(batchMean, 1 - this.momentum)))
      assign(movingVariance, add(mul(movingVariance, this.momentum), mul(batchVariance, 1 - this.momentum)))
    })
    return this.normalize(x, batchMean, batchVariance, gamma, beta)
  }

  /** Keras' batch_normalization: inv = γ/√(var + ε); x·inv + (β − mean·inv). */
  private normalize(x: Tensor, m: Tensor, v: Tensor, gamma: Tensor, beta: Tensor): Tensor {
    const inv = div(gamma, sqrt(add(v, this.epsilon)))
    return add(mul(x, inv), sub(beta, mul(m, inv)))
  }

  override get trainableWeights(): Tensor[] {
    return [this.gamma, this.beta].filter((w): w is Tensor => w !== null)
  }

  override get nonTrainableWeights(): Tensor[] {
    return [this.movingMean, this.movingVariance].filter((w): w is Tensor => w !== null)
  }

  config(): Record<string, unknown> {
    return { momentum: this.momentum, epsilon: this.epsilon }
  }
}
