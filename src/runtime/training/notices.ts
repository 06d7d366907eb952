import type { TargetEncoding, Tensor } from '../../core/index.ts'
import type { EpochRecord } from '../values.ts'

/** Something a class should be told about a run that goes on: it is not learning. */
export interface TrainingNotice {
  readonly kind: 'exploding' | 'stalled'
  /** The epoch at which it was noticed (1-based). */
  readonly epoch: number
  readonly message: string
}

/** A loss this many times its first epoch's has blown up. */
export const EXPLODE_FACTOR = 10
/** Epochs without a relative improvement above STALL_TOLERANCE make a stall… */
export const STALL_EPOCHS = 20
export const STALL_TOLERANCE = 1e-4
/** …while the accuracy is no more than this above what always guessing the commonest class scores. */
const CHANCE_MARGIN = 0.05

/**
 * What guessing the commonest class scores on these targets: the accuracy a model that
 * learned nothing reaches. Null for targets that are not classes.
 */
export function chanceAccuracy(y: Tensor, encoding: TargetEncoding): number | null {
  const rows = y.shape[0]
  if (rows === 0 || encoding === 'real') return null
  const cols = y.shape[1] ?? 1
  const counts = new Map<number, number>()
  for (let r = 0; r < rows; r++) {
    // A one-hot row's class is its largest column; other encodings hold the label itself.
    let label = encoding === 'one-hot' ? 0 : y.data[r * cols]
    if (encoding === 'one-hot') for (let c = 1; c < cols; c++) if (y.data[r * cols + c] > y.data[r * cols + label]) label = c
    counts.set(label, (counts.get(label) ?? 0) + 1)
  }
  return Math.max(...counts.values()) / rows
}

function exploding(history: readonly EpochRecord[]): TrainingNotice | null {
  const first = history[0].loss
  const last = history[history.length - 1]
  if (!(first > 0) || !(last.loss > EXPLODE_FACTOR * first)) return null
  return { kind: 'exploding', epoch: last.epoch, message: `the loss has grown to more than ${EXPLODE_FACTOR}× its first epoch’s — the learning rate may be too high` }
}

function stalled(history: readonly EpochRecord[], chance: number | null): TrainingNotice | null {
  if (chance === null || history.length <= STALL_EPOCHS) return null
  const last = history[history.length - 1]
  const accuracy = last.accuracy
  if (accuracy === undefined || accuracy > chance + CHANCE_MARGIN) return null
  const split = history.length - STALL_EPOCHS
  let best = Infinity
  for (let i = 0; i < split; i++) best = Math.min(best, history[i].loss)
  for (let i = split; i < history.length; i++) if (history[i].loss < best - STALL_TOLERANCE * Math.abs(best)) return null
  return { kind: 'stalled', epoch: last.epoch, message: `the loss stopped decreasing and the accuracy is at chance — the learning rate may be too high` }
}

/**
 * Says out loud when a run is not learning, without stopping it: a loss that explodes
 * (above 10× its first epoch's) or stalls (no relative improvement above 1e-4 for 20
 * epochs while the accuracy sits at chance). NaN and Infinity are divergence, an error.
 */
export function trainingNotice(history: readonly EpochRecord[], chance: number | null): TrainingNotice | null {
  if (history.length === 0) return null
  return exploding(history) ?? stalled(history, chance)
}
