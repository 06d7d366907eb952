import type { Storage } from '../dtype.ts'
import { Optimizer } from './optimizer.ts'
import { checkHyper, UNIT } from './hyper.ts'

export interface SGDConfig {
  learningRate?: number
  momentum?: number
  nesterov?: boolean
}

/**
 * Stochastic gradient descent as in Keras: w −= lr·g, or with momentum
 * v = μ·v − lr·g; w += v (Nesterov: w += μ·v − lr·g).
 * Full-batch gradient descent is this optimizer with one batch per epoch.
 */
export class SGD extends Optimizer {
  readonly name = 'sgd'
  #momentum: number
  nesterov: boolean

  constructor(config: SGDConfig = {}) {
    super('SGD', config.learningRate ?? 0.01)
    this.#momentum = checkHyper('SGD', 'momentum', config.momentum ?? 0, UNIT)
    this.nesterov = config.nesterov ?? false
  }

  get momentum(): number {
    return this.#momentum
  }

  set momentum(value: number) {
    this.#momentum = checkHyper('SGD', 'momentum', value, UNIT)
  }

  protected slotCount(): number {
    return 1
  }

  protected updateStep(g: Storage, w: Storage, [v]: Storage[], lr: number): void {
    const mu = this.#momentum
    if (mu === 0) {
      for (let i = 0; i < w.length; i++) w[i] -= lr * g[i]
      return
    }
    for (let i = 0; i < w.length; i++) {
      v[i] = mu * v[i] - lr * g[i]
      w[i] += this.nesterov ? mu * v[i] - lr * g[i] : v[i]
    }
  }

  config(): Record<string, number | boolean> {
    return { learningRate: this.learningRate, momentum: this.#momentum, nesterov: this.nesterov }
  }
}
