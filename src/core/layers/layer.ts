import type { Shape } from '../shape.ts'
import type { Tensor } from '../tensor.ts'
import type { RandomSource } from '../random/index.ts'
import type { DType } from '../dtype.ts'

/** A batch shape: `null` is the batch axis, unknown until data arrives (Keras' None). */
export type BatchShape = readonly (number | null)[]

export interface BuildContext {
  rng: RandomSource
  dtype: DType
  /**
   * A seed of the layer's own, derived from the model's seed and the layer's position,
   * for layers that draw during training (dropout): their draws never move the weights'.
   */
  layerSeed: number
}

/**
 * A penalty on one weight, added to the training objective: l1·Σ|W| + l2·ΣW² (Keras'
 * L1L2 regularizer). A factor of 0 adds no term.
 */
export interface WeightPenalty {
  readonly weight: Tensor
  readonly l1: number
  readonly l2: number
}

/**
 * Keras 3's layer lifecycle: the constructor validates the configuration, `build`
 * creates weights once the input shape is known, `call` runs the forward pass — in
 * training mode (dropout active, batch statistics) or inference mode, Keras' `training`.
 */
export abstract class Layer {
  built = false

  /** The layer's name; a model gives unnamed layers unique ones ("dense", "dense_1"). */
  name: string
  readonly autoNamed: boolean

  constructor(name: string | undefined, readonly baseName: string) {
    this.name = name ?? baseName
    this.autoNamed = name === undefined
  }

  /** Layer class as shown in a model summary ("Dense"). */
  abstract readonly className: string

  abstract computeOutputShape(inputShape: BatchShape): BatchShape

  /** Creates the weights for inputs of this shape. */
  build(_inputShape: BatchShape, _ctx: BuildContext): void {
    this.built = true
  }

  abstract call(x: Tensor, training: boolean): Tensor

  /** Trainable variables, in Keras' order (kernel, then bias). */
  get trainableWeights(): Tensor[] {
    return []
  }

  /** Weights training does not differentiate (batch norm's moving statistics). */
  get nonTrainableWeights(): Tensor[] {
    return []
  }

  /** Every weight, trainable first, as Keras' get_weights lists them. */
  get weights(): Tensor[] {
    return [...this.trainableWeights, ...this.nonTrainableWeights]
  }

  /** The kernel a model-wide weight decay penalizes and gradient-norm plots follow, if any. */
  get kernelWeight(): Tensor | null {
    return null
  }

  /**
   * The layer's weight penalties (e.g. L2 on the kernel). The training objective turns
   * these into loss terms, the same way it does a model-wide weight decay.
   */
  penalties(): WeightPenalty[] {
    return []
  }

  /**
   * Takes over what a layer this one replaces keeps besides its weights (a dropout layer's
   * mask stream), when a running model's architecture changes. Most layers keep nothing.
   */
  carryStateFrom(_previous: Layer): void {}

  /** Every parameter, trainable or not, as Keras counts them. */
  countParams(): number {
    return this.weights.reduce((n, w) => n + w.size, 0)
  }

  countTrainableParams(): number {
    return this.trainableWeights.reduce((n, w) => n + w.size, 0)
  }

  /** The layer's configuration, as a file would store it. */
  abstract config(): Record<string, unknown>
}

export function formatBatchShape(shape: BatchShape | Shape): string {
  return `(${shape.map((d) => (d === null ? 'None' : String(d))).join(', ')}${shape.length === 1 ? ',' : ''})`
}
