import type { Shape } from '../shape.ts'
import type { Tensor } from '../tensor.ts'
import type { RandomSource } from '../random/index.ts'
import type { DType } from '../dtype.ts'

/** A batch shape: `null` is the batch axis, unknown until data arrives (Keras' None). */
export type BatchShape = readonly (number | null)[]

export interface BuildContext {
  rng: RandomSource
  dtype: DType
}

/** An L2 penalty l2·ΣW² on one weight, added to the training objective. */
export interface WeightPenalty {
  readonly weight: Tensor
  readonly l2: number
}

/**
 * Keras 3's layer lifecycle: the constructor validates the configuration, `build`
 * creates weights once the input shape is known, `call` runs the forward pass.
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

  abstract call(x: Tensor): Tensor

  /** Trainable variables, in Keras' order (kernel, then bias). */
  get trainableWeights(): Tensor[] {
    return []
  }

  /**
   * The layer's weight penalties (e.g. L2 on the kernel). The training objective turns
   * these into loss terms, the same way it does a model-wide weight decay.
   */
  penalties(): WeightPenalty[] {
    return []
  }

  countParams(): number {
    return this.trainableWeights.reduce((n, w) => n + w.size, 0)
  }

  /** The layer's configuration, as a file would store it. */
  abstract config(): Record<string, unknown>
}

export function formatBatchShape(shape: BatchShape | Shape): string {
  return `(${shape.map((d) => (d === null ? 'None' : String(d))).join(', ')}${shape.length === 1 ? ',' : ''})`
}
