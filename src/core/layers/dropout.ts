import { allocate } from '../dtype.ts'
import type { Storage } from '../dtype.ts'
import { check } from '../errors.ts'
import type { Tensor } from '../tensor.ts'
import { dropout } from '../ops/dropout.ts'
import { Random } from '../random/index.ts'
import type { BatchShape, BuildContext } from './layer.ts'
import { Layer } from './layer.ts'

export interface DropoutConfig {
  /** The fraction of the inputs set to 0 in each training step, in [0, 1). */
  rate: number
  /** Seeds the masks; by default a seed derived from the model's seed and the layer's position. */
  seed?: number
  name?: string
}

/**
 * Keras' Dropout: in training steps each input is zeroed with probability `rate` and the
 * others are scaled by 1/(1 − rate) (inverted dropout), so nothing changes at inference,
 * where the layer is the identity. The masks come from the layer's own seeded stream, so
 * a run is the same every time.
 */
export class Dropout extends Layer {
  readonly className = 'Dropout'
  readonly rate: number
  readonly seed: number | null
  private rng: Random | null = null

  constructor(config: DropoutConfig) {
    super(config.name, 'dropout')
    const where = `Dropout "${this.name}"`
    check(typeof config.rate === 'number' && config.rate >= 0 && config.rate < 1, where, () => `rate must be in [0, 1), got ${config.rate}`)
    const seed = config.seed
    check(seed === undefined || (Number.isInteger(seed) && seed >= 0), where, () => `seed must be a non-negative integer, got ${seed}`)
    this.rate = config.rate
    this.seed = seed ?? null
  }

  computeOutputShape(inputShape: BatchShape): BatchShape {
    return inputShape
  }

  override build(_inputShape: BatchShape, ctx: BuildContext): void {
    this.rng = new Random(this.seed ?? ctx.layerSeed)
    this.built = true
  }

  call(x: Tensor, training: boolean): Tensor {
    if (!training || this.rate === 0) return x
    return dropout(x, this.rate, this.drawNoise(x.size))
  }

  /**
   * The next training step's noise, `size` uniforms from the layer's stream: an input is kept
   * where its noise is below 1 − rate. Exports draw a fresh model's noise ahead of training
   * to store the masks its steps will use.
   */
  drawNoise(size: number): Storage {
    this.rng ??= new Random(this.seed ?? 0)
    const noise = allocate('float64', size)
    this.rng.fillUniform(noise)
    return noise
  }

  /** A dropout layer whose rate changed mid-run continues its stream: no mask sequence repeats. */
  override carryStateFrom(previous: Layer): void {
    if (previous instanceof Dropout && previous.rng) this.rng = previous.rng
  }

  config(): Record<string, unknown> {
    return { rate: this.rate, ...(this.seed !== null ? { seed: this.seed } : {}) }
  }
}
