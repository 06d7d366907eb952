import type { Tweak } from '../../graph/graph-file.ts'
import { extendTweak } from '../../graph/tweaks.ts'

/** A live optimizer hyperparameter change: its node, param, new and old value. */
export interface LiveChange {
  readonly node: string
  readonly param: string
  readonly value: number | boolean
  readonly from: number | boolean
}

/** The gesture that made the last live tweak, and where that tweak is in the log. */
export interface OpenGesture {
  readonly id: number
  readonly param: string
  readonly index: number
}

/**
 * Records a live change in a tweak log (in place): a new tweak, or — when the same gesture
 * (one slider drag) made the open tweak of that param — that tweak carried on to this value.
 */
export function recordLiveChange(tweaks: Tweak[], open: OpenGesture | null, change: LiveChange, gesture: number | undefined, trainer: string, step: number): { tweak: Tweak; continues: boolean; open: OpenGesture | null } {
  if (gesture !== undefined && open && open.id === gesture && open.param === change.param && tweaks[open.index]?.node === change.node) {
    const tweak = extendTweak(tweaks[open.index], { step, value: change.value })
    tweaks[open.index] = tweak
    return { tweak, continues: true, open }
  }
  const tweak: Tweak = { ...change, trainer, step }
  tweaks.push(tweak)
  return { tweak, continues: false, open: gesture === undefined ? null : { id: gesture, param: change.param, index: tweaks.length - 1 } }
}
