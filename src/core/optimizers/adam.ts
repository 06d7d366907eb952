import type { Storage } from '../dtype.ts'
import { Optimizer } from './optimizer.ts'
import { checkHyper, NON_NEGATIVE, UNIT } from './hyper.ts'

export interface AdamConfig {
  learningRate?: number
  beta1?: number
  beta2?: number
  epsilon?: number
}

/**
 * Adam (Kingma & Ba, 2015) in Keras' form: m += (g − m)(1 − β₁), v += (g² − v)(1 − β₂),
 * w −= lr_t·m / (√v + ε) with lr_t = lr·√(1 − β₂ᵗ)/(1 − β₁ᵗ). Momentum smooths the
 * direction; the per-weight √v scales each weight's step.
 */
export class Adam extends Optimizer {
  readonly name = 'adam'
  #beta1: number
  #beta2: number
  #epsilon: number
  private correctedLr = 0

  constructor(config: AdamConfig = {}) {
    super('Adam', config.learningRate ?? 0.001)
    this.#beta1 = checkHyper('Adam', 'beta1', config.beta1 ?? 0.9, UNIT)
    this.#beta2 = checkHyper('Adam', 'beta2', config.beta2 ?? 0.999, UNIT)
    this.#epsilon = checkHyper('Adam', 'epsilon', config.epsilon ?? 1e-7, NON_NEGATIVE)
  }

  get beta1(): number {
    return this.#beta1
  }
  set beta1(value: number) {
    this.#beta1 = checkHyper('Adam', 'beta1', value, UNIT)
  }
  get beta2(): number {
    return this.#beta2
  }
  set beta2(value: number) {
    this.#beta2 = checkHyper('Adam', 'beta2', value, UNIT)
  }
  get epsilon(): number {
    return this.#epsilon
  }
  set epsilon(value: number) {
    this.#epsilon = checkHyper('Adam', 'epsilon', value, NON_NEGATIVE)
  }

  protected slotCount(): number {
    return 2
  }

  protected override beginStep(): void {
    const t = this.iterations + 1
    this.correctedLr = (this.learningRate * Math.sqrt(1 - Math.pow(this.#beta2, t))) / (1 - Math.pow(this.#beta1, t))
  }

  protected updateStep(g: Storage, w: Storage, [m, v]: Storage[]): void {
    const b1 = 1 - this.#beta1
    const b2 = 1 - this.#beta2
    const eps = this.#epsilon
    const alpha = this.correctedLr
    for (let i = 0; i < w.length; i++) {
      const gi = g[i]
      m[i] += (gi - m[i]) * b1
      v[i] += (gi * gi - v[i]) * b2
      w[i] -= (alpha * m[i]) / (Math.sqrt(v[i]) + eps)
    }
  }

  config(): Record<string, number | boolean> {
    return { learningRate: this.learningRate, beta1: this.#beta1, beta2: this.#beta2, epsilon: this.#epsilon }
  }
}
