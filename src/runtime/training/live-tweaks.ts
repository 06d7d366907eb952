import type { ParamValue, Tweak } from '../../graph/graph-file.ts'
import { extendTweak } from '../../graph/tweaks.ts'
import type { TweakEdit } from '../../graph/tweaks.ts'

/** The gesture that made the last live tweak, and where that tweak is in the log. */
export interface OpenGesture {
  readonly id: number
  readonly param: string
  readonly index: number
}

/** A run's tweak log and the gesture still open on it. */
export interface TweakLog {
  tweaks: Tweak[]
  gesture: OpenGesture | null
}

/** A tweak recorded, and whether it carries on the previous one (the same drag) rather than adding one. */
export interface RecordedTweak {
  readonly tweak: Tweak
  readonly continues: boolean
}

/** A param change: its node, param, new and old value, and the marker's text when the runtime named it. */
interface ParamChange {
  readonly node: string
  readonly param: string
  readonly value: ParamValue
  readonly from: ParamValue
  readonly label?: string
}

/**
 * Records a param change in a run's log (in place): a new tweak, or — when the same gesture
 * (one slider drag) made the open tweak of that param — that tweak carried on to this value,
 * with the label the runtime gave the whole drag.
 */
export function recordParamChange(log: TweakLog, change: ParamChange, gesture: number | undefined, trainer: string, step: number): RecordedTweak {
  const open = log.gesture
  if (gesture !== undefined && open && open.id === gesture && open.param === change.param && log.tweaks[open.index]?.node === change.node) {
    const carried = extendTweak(log.tweaks[open.index], { step, value: change.value })
    const tweak = change.label !== undefined ? { ...carried, label: change.label } : carried
    log.tweaks[open.index] = tweak
    return { tweak, continues: true }
  }
  const tweak: Tweak = { ...change, trainer, step }
  log.tweaks.push(tweak)
  log.gesture = gesture === undefined ? null : { id: gesture, param: change.param, index: log.tweaks.length - 1 }
  return { tweak, continues: false }
}

/** Records the graph edits a carried-on run took at `step`: a drag's edits of one param make one tweak. */
export function recordEdits(log: TweakLog, edits: readonly TweakEdit[], trainer: string, step: number): RecordedTweak[] {
  return edits.map(({ replayed: _replayed, gesture, ...edit }) => {
    if (edit.param !== undefined && edit.from !== undefined) return recordParamChange(log, { ...edit, param: edit.param, from: edit.from }, gesture, trainer, step)
    const tweak: Tweak = { ...edit, trainer, step }
    log.tweaks.push(tweak)
    return { tweak, continues: false }
  })
}
