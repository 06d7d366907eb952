import type { OptimizerName } from '../../core/index.ts'

/** The PyTorch script's optimizers: Keras' update rules; the base class's comment says why not torch.optim's. */
const BASE = `class KerasOptimizer(torch.optim.Optimizer):
    """Keras' optimizer loop on torch's bookkeeping: hyperparameters under Keras' names, changeable between two steps
    (the graph's recorded tweaks do that), a step count shared by all weights, and one update rule per subclass."""

    # Why not torch.optim's own classes: Adam adds ε to the bias-corrected √v̂ where Keras adds it to √v; RMSprop and
    # Adagrad add ε outside the square root where Keras adds it inside, and their defaults differ (ρ 0.99 against 0.9,
    # a starting accumulator of 0 against 0.1); SGD with momentum multiplies by lr after accumulating, another path
    # once lr changes. Flowgrad follows Keras, so the rules below are Keras'.

    def __init__(self, params, **hyper):
        super().__init__(params, hyper)
        self.iterations = 0
        self.schedule = None  # the trainer's learning-rate schedule: the rate of update t from learning_rate

    def set(self, name, value):
        for group in self.param_groups:
            group[name] = value

    @torch.no_grad()
    def step(self, closure=None):
        for group in self.param_groups:
            lr = self.schedule.rate(self.iterations, group["learning_rate"]) if self.schedule else group["learning_rate"]
            for w in group["params"]:
                if w.grad is not None:
                    self.update(w, w.grad, self.state[w], group, lr)
        self.iterations += 1
`

const RULES: Readonly<Record<OptimizerName, string>> = {
  sgd: `class SGD(KerasOptimizer):
    """Keras' SGD: w −= lr·g; with momentum μ, v = μ·v − lr·g and w += v (Nesterov: w += μ·v − lr·g)."""

    def __init__(self, params, learning_rate=0.01, momentum=0.0, nesterov=False):
        super().__init__(params, learning_rate=learning_rate, momentum=momentum, nesterov=nesterov)

    def update(self, w, g, state, group, lr):
        mu = group["momentum"]
        if mu == 0:
            w.sub_(lr * g)
            return
        v = state.setdefault("velocity", torch.zeros_like(w))
        v.mul_(mu).sub_(lr * g)
        w.add_(mu * v - lr * g if group["nesterov"] else v)
`,
  adam: `class Adam(KerasOptimizer):
    """Keras' Adam: m += (g − m)(1 − β₁), v += (g² − v)(1 − β₂), w −= lr_t·m / (√v + ε), lr_t = lr·√(1 − β₂ᵗ) / (1 − β₁ᵗ)."""

    def __init__(self, params, learning_rate=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-7):
        super().__init__(params, learning_rate=learning_rate, beta_1=beta_1, beta_2=beta_2, epsilon=epsilon)

    def update(self, w, g, state, group, lr):
        t = self.iterations + 1
        b1, b2 = group["beta_1"], group["beta_2"]
        lr_t = lr * math.sqrt(1 - b2**t) / (1 - b1**t)
        m = state.setdefault("m", torch.zeros_like(w))
        v = state.setdefault("v", torch.zeros_like(w))
        m.add_((g - m) * (1 - b1))
        v.add_((g * g - v) * (1 - b2))
        w.sub_(lr_t * m / (v.sqrt() + group["epsilon"]))
`,
  rmsprop: `class RMSprop(KerasOptimizer):
    """Keras' RMSprop: E[g²] = ρ·E[g²] + (1 − ρ)·g², w −= lr·g / √(E[g²] + ε) (centered: E[g²] − E[g]²), with optional momentum."""

    def __init__(self, params, learning_rate=0.001, rho=0.9, momentum=0.0, epsilon=1e-7, centered=False):
        super().__init__(params, learning_rate=learning_rate, rho=rho, momentum=momentum, epsilon=epsilon, centered=centered)

    def update(self, w, g, state, group, lr):
        rho, mu = group["rho"], group["momentum"]
        mean_square = state.setdefault("mean_square", torch.zeros_like(w))
        mean_square.mul_(rho).add_((1 - rho) * g * g)
        denominator = mean_square
        if group["centered"]:
            mean_grad = state.setdefault("mean_grad", torch.zeros_like(w))
            mean_grad.mul_(rho).add_((1 - rho) * g)
            denominator = mean_square - mean_grad * mean_grad
        increment = lr * g / (denominator + group["epsilon"]).sqrt()
        if mu > 0:
            velocity = state.setdefault("velocity", torch.zeros_like(w))
            velocity.mul_(mu).add_(increment)
            w.sub_(velocity)
        else:
            w.sub_(increment)
`,
  adagrad: `class Adagrad(KerasOptimizer):
    """Keras' Adagrad: G += g², w −= lr·g / √(G + ε), G starting at initial_accumulator_value."""

    def __init__(self, params, learning_rate=0.001, initial_accumulator_value=0.1, epsilon=1e-7):
        super().__init__(params, learning_rate=learning_rate, initial_accumulator_value=initial_accumulator_value, epsilon=epsilon)

    def update(self, w, g, state, group, lr):
        accumulator = state.setdefault("accumulator", torch.full_like(w, group["initial_accumulator_value"]))
        accumulator.add_(g * g)
        w.sub_(lr * g / (accumulator + group["epsilon"]).sqrt())
`,
}

/** The Python class name of each optimizer: Keras' own. */
export const OPTIMIZER_CLASSES: Readonly<Record<OptimizerName, string>> = { sgd: 'SGD', adam: 'Adam', rmsprop: 'RMSprop', adagrad: 'Adagrad' }

/** The optimizer classes a script uses, after their shared base. */
export function optimizerCode(kinds: ReadonlySet<OptimizerName>): string {
  const order: OptimizerName[] = ['sgd', 'adam', 'rmsprop', 'adagrad']
  return [BASE, ...order.filter((k) => kinds.has(k)).map((k) => RULES[k])].join('\n\n')
}
