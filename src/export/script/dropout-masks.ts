import { Dropout } from '../../core/index.ts'
import type { NpyArray } from '../files/npy.ts'
import type { BuiltTrainer } from './arrays.ts'

export const MASKS_FILE = 'dropout_masks.npz'

/**
 * Flowgrad's dropout masks for every training step, drawn ahead of training from the fresh
 * model's own streams (the draws its steps will make): per Dropout layer of a trainer,
 * "trainer/layer" → [epochs, rows visited per epoch, width] of 1 (kept) and 0 (dropped),
 * row for row beside minibatches.npz, so a script slices a step's masks as it slices its rows.
 */
export function dropoutMasks(trainer: BuiltTrainer): Map<string, NpyArray> {
  const out = new Map<string, NpyArray>()
  const [epochs, perEpoch] = trainer.batches.order.shape
  const batchSize = trainer.batches.batchSize
  for (const { ctx } of trainer.layers) {
    const layer = ctx.layer
    if (!(layer instanceof Dropout) || layer.rate === 0) continue
    const width = ctx.inputs
    const keep = 1 - layer.rate
    const mask = new Uint8Array(epochs * perEpoch * width)
    let at = 0
    for (let e = 0; e < epochs; e++) {
      for (let start = 0; start < perEpoch; start += batchSize) {
        const noise = layer.drawNoise(Math.min(batchSize, perEpoch - start) * width)
        for (let i = 0; i < noise.length; i++) mask[at++] = noise[i] < keep ? 1 : 0
      }
    }
    out.set(`${trainer.plan.id}/${layer.name}`, { dtype: 'uint8', shape: [epochs, perEpoch, width], data: mask })
  }
  return out
}
