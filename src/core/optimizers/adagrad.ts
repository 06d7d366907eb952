import type { Storage } from '../dtype.ts'
import { Optimizer } from './optimizer.ts'
import { checkHyper, NON_NEGATIVE } from './hyper.ts'

export interface AdagradConfig {
  learningRate?: number
  initialAccumulatorValue?: number
  epsilon?: number
}

/** Adagrad in Keras' form: G += g²; w −= lr·g/√(G + ε). Steps shrink as squares accumulate. */
export class Adagrad extends Optimizer {
  readonly name = 'adagrad'
  readonly initialAccumulatorValue: number
  #epsilon: number

  constructor(config: AdagradConfig = {}) {
    super('Adagrad', config.learningRate ?? 0.001)
    this.initialAccumulatorValue = checkHyper('Adagrad', 'initialAccumulatorValue', config.initialAccumulatorValue ?? 0.1, NON_NEGATIVE)
    this.#epsilon = checkHyper('Adagrad', 'epsilon', config.epsilon ?? 1e-7, NON_NEGATIVE)
  }

  get epsilon(): number {
    return this.#epsilon
  }
  set epsilon(value: number) {
    this.#epsilon = checkHyper('Adagrad', 'epsilon', value, NON_NEGATIVE)
  }

  protected slotCount(): number {
    return 1
  }

  protected override initSlots([acc]: Storage[]): void {
    acc.fill(this.initialAccumulatorValue)
  }

  protected updateStep(g: Storage, w: Storage, [acc]: Storage[], lr: number): void {
    const eps = this.#epsilon
    for (let i = 0; i < w.length; i++) {
      acc[i] += g[i] * g[i]
      w[i] -= (lr * g[i]) / Math.sqrt(acc[i] + eps)
    }
  }

  config(): Record<string, number | boolean> {
    return { learningRate: this.learningRate, initialAccumulatorValue: this.initialAccumulatorValue, epsilon: this.#epsilon }
  }
}
