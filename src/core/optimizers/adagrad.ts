import type { Storage } from '../dtype.ts'
import type { HyperConfig } from '../hyper/index.ts'
import { hyper } from '../hyper/index.ts'
import { Optimizer } from './optimizer.ts'
import type { OptimizerDescription } from './optimizer.ts'
import { epsilonHyper, learningRateHyper } from './shared-hypers.ts'

const description = {
  title: 'Adagrad',
  doc: 'Adagrad: divides each step by the root of the sum of all past squared gradients, so steps shrink over time, fastest for frequently updated weights.',
  hyperparameters: {
    learningRate: learningRateHyper(0.001),
    // Not live: it only fills the accumulators when a variable is first seen.
    initialAccumulatorValue: hyper.number({ default: 0.1, min: 0, max: 10, doc: 'Starting value of the squared-gradient sum.', live: false }),
    epsilon: epsilonHyper('ε inside the square root.'),
  },
} satisfies OptimizerDescription

export type AdagradConfig = HyperConfig<typeof description.hyperparameters>

/** Adagrad in Keras' form: G += g²; w −= lr·g/√(G + ε). Steps shrink as squares accumulate. */
export class Adagrad extends Optimizer<typeof description.hyperparameters> {
  static readonly description = description

  constructor(config: AdagradConfig = {}) {
    super(description, config)
  }

  protected slotCount(): number {
    return 1
  }

  protected override initSlots([acc]: Storage[]): void {
    acc.fill(this.hyper.initialAccumulatorValue)
  }

  protected updateStep(g: Storage, w: Storage, [acc]: Storage[], lr: number): void {
    const eps = this.hyper.epsilon
    for (let i = 0; i < w.length; i++) {
      acc[i] += g[i] * g[i]
      w[i] -= (lr * g[i]) / Math.sqrt(acc[i] + eps)
    }
  }
}
