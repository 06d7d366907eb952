import type { Storage } from '../dtype.ts'
import type { HyperConfig } from '../hyper/index.ts'
import { Optimizer } from './optimizer.ts'
import type { OptimizerDescription } from './optimizer.ts'
import { decayHyper, epsilonHyper, learningRateHyper } from './shared-hypers.ts'
import { pow } from '../math.ts'

const description = {
  title: 'Adam',
  doc: 'Adam (Kingma & Ba, 2015): momentum on the gradient (β₁) plus a per-weight adaptive step from a running mean of squared gradients (β₂). Keras defaults.',
  hyperparameters: {
    learningRate: learningRateHyper(0.001),
    beta1: decayHyper(0.9, 0.9999, 'β₁: decay of the gradient average (momentum).'),
    beta2: decayHyper(0.999, 0.99999, 'β₂: decay of the squared-gradient average (adaptive step). Not a good idea to tune, says the chapter.'),
    epsilon: epsilonHyper('ε: keeps the step finite where gradients are tiny.'),
  },
} satisfies OptimizerDescription

export type AdamConfig = HyperConfig<typeof description.hyperparameters>

/**
 * Adam (Kingma & Ba, 2015) in Keras' form: m += (g − m)(1 − β₁), v += (g² − v)(1 − β₂),
 * w −= lr_t·m / (√v + ε) with lr_t = lr·√(1 − β₂ᵗ)/(1 − β₁ᵗ). Momentum smooths the
 * direction; the per-weight √v scales each weight's step.
 */
export class Adam extends Optimizer<typeof description.hyperparameters> {
  static readonly description = description
  private correctedLr = 0

  constructor(config: AdamConfig = {}) {
    super(description, config)
  }

  protected slotCount(): number {
    return 2
  }

  // The step's rate, not the base: a schedule's rate must reach the update (Keras' Adam reads its schedule).
  protected override beginStep(lr: number): void {
    const t = this.iterations + 1
    const { beta1, beta2 } = this.hyper
    this.correctedLr = (lr * Math.sqrt(1 - pow(beta2, t))) / (1 - pow(beta1, t))
  }

  protected updateStep(g: Storage, w: Storage, [m, v]: Storage[]): void {
    const b1 = 1 - this.hyper.beta1
    const b2 = 1 - this.hyper.beta2
    const eps = this.hyper.epsilon
    const alpha = this.correctedLr
    for (let i = 0; i < w.length; i++) {
      const gi = g[i]
      m[i] += (gi - m[i]) * b1
      v[i] += (gi * gi - v[i]) * b2
      w[i] -= (alpha * m[i]) / (Math.sqrt(v[i]) + eps)
    }
  }
}
