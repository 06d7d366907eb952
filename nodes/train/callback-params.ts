import { param } from '../../src/graph/params.ts'
import { MONITORS, SCHEDULES } from '../../src/runtime/training/callbacks.ts'

/** A trainer's Keras callbacks: a learning-rate schedule and early stopping, with Keras' defaults. */
export const callbackParams = {
  schedule: param.select({
    default: 'none',
    options: SCHEDULES,
    label: 'learning-rate schedule',
    doc: "How the learning rate changes while training, scaling the optimizer's rate: step (× decayRate every decaySteps steps), exponential (× decayRate^(step/decaySteps)), cosine (warm-up over warmupSteps, then down a cosine over decaySteps to alpha × the rate), plateau (× plateauFactor after plateauPatience epochs without improvement of the monitored value).",
  }),
  decaySteps: param.integer({ default: 100, min: 1, max: 1e7, scale: 'log', label: 'decay steps', doc: 'step, exponential, cosine: steps (updates) over which the rate decays.' }),
  decayRate: param.number({ default: 0.5, min: 0, minInclusive: false, max: 1, label: 'decay rate', doc: 'step, exponential: the factor per decaySteps steps.' }),
  warmupSteps: param.integer({ default: 0, min: 0, max: 1e7, label: 'warm-up steps', doc: 'cosine: steps rising linearly from 0 to the rate first.' }),
  alpha: param.number({ default: 0, min: 0, max: 1, doc: 'cosine: the rate it ends at, as a fraction of the rate.' }),
  plateauFactor: param.number({ default: 0.1, min: 0, minInclusive: false, max: 1, maxInclusive: false, label: 'plateau factor', doc: 'plateau: multiplies the rate at each reduction (Keras: 0.1).' }),
  plateauPatience: param.integer({ default: 10, min: 0, max: 10000, label: 'plateau patience', doc: 'plateau: epochs without improvement before a reduction (Keras: 10).' }),
  minLearningRate: param.number({ default: 0, min: 0, max: 10, label: 'min learning rate', doc: 'plateau: the rate never goes below this.' }),
  cooldown: param.integer({ default: 0, min: 0, max: 10000, doc: 'plateau: epochs to wait after a reduction before counting again.' }),
  earlyStopping: param.boolean({ default: false, label: 'early stopping', doc: 'Stop when the monitored value has not improved for `patience` epochs (Keras EarlyStopping).' }),
  monitor: param.select({ default: 'val_loss', options: MONITORS, doc: 'What early stopping and the plateau schedule watch (val_ needs validation data).' }),
  patience: param.integer({ default: 0, min: 0, max: 10000, doc: 'Early stopping: epochs without improvement before stopping (Keras: 0).' }),
  minDelta: param.number({ default: 0, min: 0, max: 1000, label: 'min delta', doc: 'Early stopping: the least change that counts as an improvement.' }),
  restoreBestWeights: param.boolean({ default: false, label: 'restore best weights', doc: 'Early stopping: end with the weights of the best epoch instead of the last.' }),
}
