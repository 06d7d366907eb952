import type { CallbackSettings } from '../../runtime/training/callbacks.ts'
import { pyNumber, pyString } from './literals.ts'

/**
 * Keras' learning-rate schedules and its EarlyStopping and ReduceLROnPlateau rules, written
 * out as Flowgrad runs them: the scripts call one optimizer step per stored minibatch, not
 * fit(), so Keras' callbacks would never be called; PyTorch's own schedulers count epochs.
 */
export const CALLBACKS = `class Constant:
    """No schedule: every step uses the optimizer's learning rate."""

    def rate(self, step, base):
        return base

    def on_epoch_end(self, logs, base):
        pass


class ExponentialDecay(Constant):
    """Keras' ExponentialDecay: base · decay_rate^(step / decay_steps); staircase rounds the exponent down (the step schedule)."""

    def __init__(self, decay_steps, decay_rate, staircase=False):
        self.decay_steps, self.decay_rate, self.staircase = decay_steps, decay_rate, staircase

    def rate(self, step, base):
        p = step / self.decay_steps
        return base * self.decay_rate ** (math.floor(p) if self.staircase else p)


class CosineDecay(Constant):
    """Keras' CosineDecay with a linear warm-up from 0 to the optimizer's rate over warmup_steps, then
    base · ((1 − alpha) · ½(1 + cos(π·s / decay_steps)) + alpha), s counted after the warm-up and held at decay_steps."""

    def __init__(self, decay_steps, alpha=0.0, warmup_steps=0):
        self.decay_steps, self.alpha, self.warmup_steps = decay_steps, alpha, warmup_steps

    def rate(self, step, base):
        at = min(step, self.decay_steps + self.warmup_steps)
        if at < self.warmup_steps:
            return base * (at / self.warmup_steps)
        cosine = 0.5 * (1 + math.cos(math.pi * (at - self.warmup_steps) / self.decay_steps))
        return base * ((1 - self.alpha) * cosine + self.alpha)


class Monitor:
    """What Keras' monitoring callbacks share: accuracies should go up, losses down, by more than min_delta."""

    def __init__(self, key, min_delta):
        self.key, self.min_delta, self.best = key, abs(min_delta), None
        self.higher_is_better = "accuracy" in key.replace("val_", "", 1)

    def improves(self, value):
        if self.best is None:
            return True
        return value - self.min_delta > self.best if self.higher_is_better else value + self.min_delta < self.best


class ReduceLROnPlateau(Constant):
    """Keras' ReduceLROnPlateau: after \`patience\` epochs without improvement the rate is multiplied by factor (not
    below min_lr), then \`cooldown\` epochs pass before counting again. It counts reductions, so the rate is
    base · factorⁿ of whatever the optimizer's rate is now (a recorded change of it composes with them)."""

    def __init__(self, monitor, factor=0.1, patience=10, min_delta=1e-4, cooldown=0, min_lr=0.0):
        self.monitor, self.factor, self.patience, self.cooldown, self.min_lr = Monitor(monitor, min_delta), factor, patience, cooldown, min_lr
        self.wait = self.cooldown_left = self.reductions = 0

    def rate(self, step, base):
        return base if self.reductions == 0 else max(base * self.factor ** self.reductions, self.min_lr)

    def on_epoch_end(self, logs, base):
        current = logs.get(self.monitor.key)
        if current is None:
            return
        if self.cooldown_left > 0:
            self.cooldown_left -= 1
            self.wait = 0
        if self.monitor.improves(current):
            self.monitor.best, self.wait = current, 0
        elif self.cooldown_left == 0:
            self.wait += 1
            if self.wait >= self.patience and self.rate(0, base) > self.min_lr:
                self.reductions += 1
                self.cooldown_left, self.wait = self.cooldown, 0


class EarlyStopping:
    """Keras' EarlyStopping: stop when the monitored value has not improved for \`patience\` epochs, and with
    restore_best_weights end with the best epoch's weights (moving statistics included)."""

    def __init__(self, monitor, patience=0, min_delta=0.0, restore_best_weights=False):
        self.monitor, self.patience, self.restore = Monitor(monitor, min_delta), patience, restore_best_weights
        self.wait, self.best_weights = 0, None

    def on_epoch_end(self, epoch, logs, get_weights):
        """True when training stops after this epoch (numbered from 1)."""
        current = logs.get(self.monitor.key)
        if current is None:
            return False
        if self.restore and self.best_weights is None:
            self.best_weights = get_weights()
        self.wait += 1
        if self.monitor.improves(current):
            self.monitor.best, self.wait = current, 0
            if self.restore:
                self.best_weights = get_weights()
            return False
        return self.wait >= self.patience and epoch > 1

    def on_train_end(self, set_weights):
        if self.restore and self.best_weights is not None:
            set_weights(self.best_weights)
`

/** A trainer's schedule as a Python expression: one of the classes above. */
export function scheduleLiteral(s: CallbackSettings): string {
  switch (s.schedule) {
    case 'none':
      return 'Constant()'
    case 'step':
    case 'exponential':
      return `ExponentialDecay(decay_steps=${s.decaySteps}, decay_rate=${pyNumber(s.decayRate)}${s.schedule === 'step' ? ', staircase=True' : ''})`
    case 'cosine':
      return `CosineDecay(decay_steps=${s.decaySteps}, alpha=${pyNumber(s.alpha)}, warmup_steps=${s.warmupSteps})`
    case 'plateau':
      return `ReduceLROnPlateau(${pyString(s.monitor)}, factor=${pyNumber(s.plateauFactor)}, patience=${s.plateauPatience}, cooldown=${s.cooldown}, min_lr=${pyNumber(s.minLearningRate)})`
  }
}

/** A trainer's early stopping as a Python expression, or None. */
export function earlyStoppingLiteral(s: CallbackSettings): string {
  if (!s.earlyStopping) return 'None'
  return `EarlyStopping(${pyString(s.monitor)}, patience=${s.patience}, min_delta=${pyNumber(s.minDelta)}, restore_best_weights=${s.restoreBestWeights ? 'True' : 'False'})`
}
