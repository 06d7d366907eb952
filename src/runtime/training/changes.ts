import type { Sampling } from '../../core/index.ts'
import type { Dataset, LossSpec, ModelSpec, OptimizerSpec } from '../values.ts'
import { buildModel, modelOutputWidth } from '../model-builder.ts'
import type { SessionConfig } from './session.ts'
import { isLiveSettable } from './optimizer-factory.ts'

/** Everything a trainer trains from: its inputs and its params. */
export interface TrainerInputs {
  readonly data: Dataset
  readonly validation: Dataset | null
  readonly model: ModelSpec
  readonly loss: LossSpec
  readonly optimizer: OptimizerSpec
  readonly config: SessionConfig
}

/**
 * One change a running session takes while keeping its weights. `optimizer` and `epochs`
 * apply at the next step; the others when the next epoch starts (an epoch's batches are
 * drawn from its rows and size, and its record averages one objective).
 */
export type SessionChange =
  | { readonly kind: 'optimizer'; readonly spec: OptimizerSpec }
  | { readonly kind: 'epochs'; readonly epochs: number }
  | { readonly kind: 'batching'; readonly batchSize: number; readonly sampling: Sampling }
  | { readonly kind: 'loss'; readonly spec: LossSpec }
  | { readonly kind: 'data'; readonly data: Dataset; readonly validation: Dataset | null; readonly model: ModelSpec }
  | { readonly kind: 'model'; readonly spec: ModelSpec }
  /** New values of the running optimizer's hyperparameters: its state (momentum, moments) stays. */
  | { readonly kind: 'hyperparameters'; readonly values: Readonly<Record<string, number | boolean>> }

export function atEpochStartOnly(change: SessionChange): boolean {
  return change.kind === 'batching' || change.kind === 'loss' || change.kind === 'data'
}

export type Continuation = { readonly kind: 'continue'; readonly changes: SessionChange[] } | { readonly kind: 'restart'; readonly reason: string }

/** Params a running session takes: the rest (seed, generator, what it records, callbacks) restart it. */
const CONTINUING_PARAMS = new Set(['epochs', 'batchSize', 'sampling'])
/** Params that only say when steps run: handed to the process live, never a change of what it computes. */
const PACING_PARAMS = new Set(['speed', 'pauseEachEpoch', 'forever'])

const restart = (reason: string): Continuation => ({ kind: 'restart', reason })

/** A model's architecture and initialization, without the data its chain starts from. */
function architecture(model: ModelSpec): string {
  return JSON.stringify({ input: model.inputNodeId, shape: model.inputShape, layers: model.layers, init: model.init })
}

function features(data: Dataset): number {
  return data.x.shape[1] ?? 1
}

function sameData(a: Dataset | null, b: Dataset | null): boolean {
  return a === b || (a !== null && b !== null && a.x === b.x && a.y === b.y)
}

/** What the weights' recorders need to stay the same: how many weights, and which layers have kernels. */
function recorded(model: ModelSpec): { weights: number; kernels: number } {
  const built = buildModel(model)
  return { weights: built.trainableWeights.reduce((n, w) => n + w.size, 0), kernels: built.layers.filter((l) => l.kernelWeight !== null).length }
}

/**
 * A change of the layers the weights carry over (see the core's carryOver), or why they
 * cannot: another number of inputs or outputs, another initialization, or a recorder
 * (the weight trajectory, per-layer gradient norms) that cannot follow the change.
 */
function modelChange(before: ModelSpec, after: ModelSpec, config: SessionConfig): SessionChange | string | null {
  if (architecture(before) === architecture(after)) return null
  const fin = before.inputShape[0]
  const fout = after.inputShape[0]
  if (fin !== fout) return `${fin} → ${fout} input features: the first layer's weights cannot carry over; restarted`
  const cin = modelOutputWidth(before)
  const cout = modelOutputWidth(after)
  if (cin !== cout) return `${cin} → ${cout} outputs: the last layer's weights cannot carry over; restarted`
  if (JSON.stringify(before.init) !== JSON.stringify(after.init)) return 'the initial weights changed (seed or generator): restarted'
  if (config.recordTrajectory || config.recordGradNorms) {
    const [b, a] = [recorded(before), recorded(after)]
    if (config.recordTrajectory && b.weights !== a.weights) return `${b.weights} → ${a.weights} weights: the recorded weight trajectory cannot follow; restarted`
    if (config.recordGradNorms && b.kernels !== a.kernels) return `${b.kernels} → ${a.kernels} layers with weights: the gradient norms recorded per layer cannot follow; restarted`
  }
  return { kind: 'model', spec: after }
}

function configChanges(before: SessionConfig, after: SessionConfig): Continuation {
  const changes: SessionChange[] = []
  for (const key of Object.keys(after) as (keyof SessionConfig)[]) {
    if (PACING_PARAMS.has(key) || CONTINUING_PARAMS.has(key) || before[key] === after[key]) continue
    return restart(`${key} changed: restarted`)
  }
  if (before.epochs !== after.epochs) changes.push({ kind: 'epochs', epochs: after.epochs })
  if (before.batchSize !== after.batchSize || before.sampling !== after.sampling) changes.push({ kind: 'batching', batchSize: after.batchSize, sampling: after.sampling })
  return { kind: 'continue', changes }
}

/**
 * What a running session must do to train from `after` instead of `before`: take these
 * changes and carry on with its weights, or restart, saying why (the weights would mean
 * nothing: a different number of input features or outputs, another initialization).
 */
export function compareInputs(before: TrainerInputs, after: TrainerInputs): Continuation {
  const config = configChanges(before.config, after.config)
  if (config.kind === 'restart') return config
  const changes = [...config.changes]
  const model = modelChange(before.model, after.model, after.config)
  if (typeof model === 'string') return restart(model)
  if (model !== null) changes.push(model)
  if (before.optimizer !== after.optimizer) {
    const o = optimizerChange(before.optimizer, after.optimizer)
    if (o.kind === 'restart') return o
    changes.push(...o.changes)
  }
  if (JSON.stringify(before.loss) !== JSON.stringify(after.loss)) changes.push({ kind: 'loss', spec: after.loss })
  if (!sameData(before.data, after.data) || !sameData(before.validation, after.validation) || before.model !== after.model) {
    if (features(before.data) !== features(after.data)) return restart(`${features(before.data)} → ${features(after.data)} input features: the first layer's weights cannot carry over; restarted`)
    const cin = before.data.classes?.length
    const cout = after.data.classes?.length
    if (cin !== cout) return restart(`${cin ?? 'no'} → ${cout ?? 'no'} classes: the last layer's weights cannot carry over; restarted`)
    if (!sameData(before.data, after.data) || !sameData(before.validation, after.validation)) changes.push({ kind: 'data', data: after.data, validation: after.validation, model: after.model })
  }
  return { kind: 'continue', changes }
}

/** Another optimizer, or other values of its hyperparameters: the weights stay, a new optimizer starts fresh. */
export function optimizerChange(before: OptimizerSpec, after: OptimizerSpec): Continuation {
  if (before.fullBatch !== after.fullBatch) return restart(`${before.fullBatch ? 'full-batch' : 'minibatch'} → ${after.fullBatch ? 'full-batch' : 'minibatch'} optimizer: restarted`)
  return { kind: 'continue', changes: [{ kind: 'optimizer', spec: after }] }
}

/** What a new value on a running trainer's live optimizer input asks of it. */
export type LiveOptimizerUpdate =
  | { readonly kind: 'swap' }
  | { readonly kind: 'restart'; readonly reason: string }
  | { readonly kind: 'set'; readonly values: Readonly<Record<string, number | boolean>> }

/** Another optimizer (a swap), hyperparameters the running optimizer takes as they are (a set), or neither (a restart). */
export function liveOptimizerUpdate(before: OptimizerSpec, after: OptimizerSpec, otherSource: boolean): LiveOptimizerUpdate {
  if (after.kind !== before.kind || otherSource) return { kind: 'swap' }
  const changed = Object.keys(after.config).filter((k) => after.config[k] !== before.config[k])
  if (after.fullBatch !== before.fullBatch || changed.some((k) => !isLiveSettable(after.kind, k))) return { kind: 'restart', reason: 'the optimizer changed in a way a running optimizer cannot take: restarted' }
  return { kind: 'set', values: Object.fromEntries(changed.map((k) => [k, after.config[k]])) }
}
