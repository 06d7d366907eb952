import type { Storage } from '../dtype.ts'
import { Optimizer } from './optimizer.ts'
import { checkHyper, NON_NEGATIVE, UNIT } from './hyper.ts'

export interface RMSpropConfig {
  learningRate?: number
  rho?: number
  momentum?: number
  epsilon?: number
  centered?: boolean
}

/**
 * RMSprop in Keras' form: a running mean of g² scales each weight's step,
 * w −= lr·g/√(E[g²] + ε) (centered: subtract E[g]² first), optionally with momentum.
 */
export class RMSprop extends Optimizer {
  readonly name = 'rmsprop'
  #rho: number
  #momentum: number
  #epsilon: number
  centered: boolean

  constructor(config: RMSpropConfig = {}) {
    super('RMSprop', config.learningRate ?? 0.001)
    this.#rho = checkHyper('RMSprop', 'rho', config.rho ?? 0.9, UNIT)
    this.#momentum = checkHyper('RMSprop', 'momentum', config.momentum ?? 0, UNIT)
    this.#epsilon = checkHyper('RMSprop', 'epsilon', config.epsilon ?? 1e-7, NON_NEGATIVE)
    this.centered = config.centered ?? false
  }

  get rho(): number {
    return this.#rho
  }
  set rho(value: number) {
    this.#rho = checkHyper('RMSprop', 'rho', value, UNIT)
  }
  get momentum(): number {
    return this.#momentum
  }
  set momentum(value: number) {
    this.#momentum = checkHyper('RMSprop', 'momentum', value, UNIT)
  }
  get epsilon(): number {
    return this.#epsilon
  }
  set epsilon(value: number) {
    this.#epsilon = checkHyper('RMSprop', 'epsilon', value, NON_NEGATIVE)
  }

  protected slotCount(): number {
    return 3
  }

  protected updateStep(g: Storage, w: Storage, [meanSq, meanG, velocity]: Storage[], lr: number): void {
    const rho = this.#rho
    const mu = this.#momentum
    const eps = this.#epsilon
    for (let i = 0; i < w.length; i++) {
      const gi = g[i]
      meanSq[i] = rho * meanSq[i] + (1 - rho) * gi * gi
      let denom = meanSq[i]
      if (this.centered) {
        meanG[i] = rho * meanG[i] + (1 - rho) * gi
        denom -= meanG[i] * meanG[i]
      }
      const increment = (lr * gi) / Math.sqrt(denom + eps)
      if (mu > 0) {
        velocity[i] = mu * velocity[i] + increment
        w[i] -= velocity[i]
      } else {
        w[i] -= increment
      }
    }
  }

  config(): Record<string, number | boolean> {
    return { learningRate: this.learningRate, rho: this.#rho, momentum: this.#momentum, epsilon: this.#epsilon, centered: this.centered }
  }
}
