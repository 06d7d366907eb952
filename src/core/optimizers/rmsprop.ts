import type { Storage } from '../dtype.ts'
import type { HyperConfig } from '../hyper/index.ts'
import { hyper } from '../hyper/index.ts'
import { Optimizer } from './optimizer.ts'
import type { OptimizerDescription } from './optimizer.ts'
import { decayHyper, epsilonHyper, learningRateHyper } from './shared-hypers.ts'

const description = {
  title: 'RMSprop',
  doc: "RMSprop: each weight's step is divided by the root of a running mean of its squared gradients, so steep and flat directions move at similar speeds.",
  hyperparameters: {
    learningRate: learningRateHyper(0.001),
    rho: decayHyper(0.9, 0.9999, 'ρ: decay of the squared-gradient average.'),
    momentum: decayHyper(0, 0.999, 'Momentum on the scaled steps.'),
    epsilon: epsilonHyper('ε inside the square root.'),
    centered: hyper.boolean({ default: false, doc: 'Divide by the variance rather than the raw second moment.', live: true }),
  },
} satisfies OptimizerDescription

export type RMSpropConfig = HyperConfig<typeof description.hyperparameters>

/**
 * RMSprop in Keras' form: a running mean of g² scales each weight's step,
 * w −= lr·g/√(E[g²] + ε) (centered: subtract E[g]² first), optionally with momentum.
 */
export class RMSprop extends Optimizer<typeof description.hyperparameters> {
  static readonly description = description

  constructor(config: RMSpropConfig = {}) {
    super(description, config)
  }

  protected slotCount(): number {
    return 3
  }

  protected updateStep(g: Storage, w: Storage, [meanSq, meanG, velocity]: Storage[], lr: number): void {
    const { rho, momentum: mu, epsilon: eps, centered } = this.hyper
    for (let i = 0; i < w.length; i++) {
      const gi = g[i]
      meanSq[i] = rho * meanSq[i] + (1 - rho) * gi * gi
      let denom = meanSq[i]
      if (centered) {
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
}
