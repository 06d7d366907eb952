import { Sequential } from '../../core/index.ts'
import { buildModel } from '../../runtime/model-builder.ts'
import type { ExportFile } from '../files/export-file.ts'
import type { NpyArray } from '../files/npy.ts'
import { float32Array } from '../files/npy.ts'
import { encodeNpz } from '../files/npz.ts'
import type { ExportedLayer } from '../layers/index.ts'
import { exportedLayers } from '../layers/index.ts'
import { minibatches } from '../plan/minibatches.ts'
import type { Minibatches } from '../plan/minibatches.ts'
import type { TrainerPlan } from '../plan/trainer-plan.ts'
import type { DataPipeline } from '../data/pipeline.ts'
import { ROWS_FILE } from '../data/pipeline.ts'
import { MASKS_FILE, dropoutMasks } from './dropout-masks.ts'

/** A trainer's model as Flowgrad builds it (initial weights drawn), with its layers' writers. */
export interface BuiltTrainer {
  readonly plan: TrainerPlan
  readonly model: Sequential
  readonly layers: readonly ExportedLayer[]
  readonly batches: Minibatches
}

export function buildTrainer(plan: TrainerPlan): BuiltTrainer {
  const model = buildModel(plan.model)
  return { plan, model, layers: exportedLayers(plan.model, model), batches: minibatches(plan) }
}

/** The weights of a model by "trainer/layer/weight", in Keras' layout. */
export function weightArrays(trainer: BuiltTrainer): Map<string, NpyArray> {
  const out = new Map<string, NpyArray>()
  for (const { ctx, writer } of trainer.layers) {
    for (const [name, w] of writer.weights(ctx)) out.set(`${trainer.plan.id}/${ctx.layer.name}/${name}`, float32Array(w.data, w.shape))
  }
  return out
}

/**
 * The array files every script reads: Flowgrad's initial weights, each trainer's minibatch
 * order and dropout masks, the rows its shuffles and splits picked, and the data files themselves.
 */
export function arrayFiles(trainers: readonly BuiltTrainer[], pipeline: DataPipeline): ExportFile[] {
  const weights = new Map(trainers.flatMap((t) => [...weightArrays(t)]))
  const orders = new Map(trainers.map((t) => [t.plan.id, t.batches.order] as const))
  const masks = new Map(trainers.flatMap((t) => [...dropoutMasks(t)]))
  return [
    { path: 'initial_weights.npz', contents: encodeNpz(weights) },
    { path: 'minibatches.npz', contents: encodeNpz(orders) },
    ...(masks.size > 0 ? [{ path: MASKS_FILE, contents: encodeNpz(masks) }] : []),
    ...(pipeline.rows.size > 0 ? [{ path: ROWS_FILE, contents: encodeNpz(pipeline.rows) }] : []),
    ...pipeline.files,
  ]
}
