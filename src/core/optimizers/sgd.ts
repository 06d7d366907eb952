import type { Storage } from '../dtype.ts'
import type { HyperConfig } from '../hyper/index.ts'
import { hyper } from '../hyper/index.ts'
import { Optimizer } from './optimizer.ts'
import type { OptimizerDescription } from './optimizer.ts'
import { decayHyper, learningRateHyper } from './shared-hypers.ts'

const description = {
  title: 'SGD',
  doc: 'Stochastic gradient descent on minibatches (Keras "sgd"): many cheap, noisy updates per epoch. Momentum accumulates past steps to smooth the path (v ← μv − lr·g; w ← w + v); Nesterov looks ahead.',
  hyperparameters: {
    learningRate: learningRateHyper(0.01),
    momentum: decayHyper(0, 0.999, 'μ: how much of the previous step carries over (0 = plain SGD, 0.9 is common).'),
    nesterov: hyper.boolean({ default: false, doc: 'Nesterov momentum: take the gradient step from the look-ahead point.', live: true }),
  },
} satisfies OptimizerDescription

export type SGDConfig = HyperConfig<typeof description.hyperparameters>

/**
 * Stochastic gradient descent as in Keras: w −= lr·g, or with momentum
 * v = μ·v − lr·g; w += v (Nesterov: w += μ·v − lr·g).
 * Full-batch gradient descent is this optimizer with one batch per epoch.
 */
export class SGD extends Optimizer<typeof description.hyperparameters> {
  static readonly description = description

  constructor(config: SGDConfig = {}) {
    super(description, config)
  }

  protected slotCount(): number {
    return 1
  }

  protected updateStep(g: Storage, w: Storage, [v]: Storage[], lr: number): void {
    const { momentum: mu, nesterov } = this.hyper
    if (mu === 0) {
      for (let i = 0; i < w.length; i++) w[i] -= lr * g[i]
      return
    }
    for (let i = 0; i < w.length; i++) {
      v[i] = mu * v[i] - lr * g[i]
      w[i] += nesterov ? mu * v[i] - lr * g[i] : v[i]
    }
  }
}
