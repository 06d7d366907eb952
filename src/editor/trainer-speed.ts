import type { GraphDocument } from '../graph/graph-file.ts'
import { SPEEDS, UNPACED } from '../runtime/training/pacing.ts'
import type { Speed } from '../runtime/training/pacing.ts'
import type { AppStore } from './store.ts'

/** What the toolbar's speed control shows for the trainers it acts on. */
export interface WatchingView {
  /** Their speed; null when they differ. */
  readonly speed: Speed | null
  /** Checked when every one of them pauses after each epoch. */
  readonly pauseEachEpoch: boolean
}

/** The trainers the run controls act on: the focused one, or all of them. */
export function targetTrainers(store: AppStore): string[] {
  const focus = store.state.trainerFocus
  return focus !== null ? [focus] : store.trainerIds()
}

function speedOf(value: unknown): Speed {
  return SPEEDS.find((s) => s === value) ?? UNPACED.speed
}

/** The watching settings of these trainers, as the file has them (defaults where it has none). */
export function watchingOf(doc: GraphDocument, trainerIds: readonly string[]): WatchingView {
  const nodes = doc.nodes.filter((n) => trainerIds.includes(n.id))
  const speeds = new Set(nodes.map((n) => speedOf(n.params.speed)))
  return {
    speed: speeds.size === 1 ? [...speeds][0] : speeds.size === 0 ? UNPACED.speed : null,
    pauseEachEpoch: nodes.length > 0 && nodes.every((n) => n.params.pauseEachEpoch === true),
  }
}

/**
 * Sets a watching param on the trainers the run controls act on: one edit, so one undo step.
 * The runtime hands it to running trainers without restarting them.
 */
export function setWatching(store: AppStore, name: 'speed' | 'pauseEachEpoch', value: string | boolean): void {
  const ids = targetTrainers(store)
  if (ids.length === 0) return
  const next = structuredClone(store.doc)
  for (const n of next.nodes) if (ids.includes(n.id)) n.params[name] = value
  store.commit(next)
}
