/** What run.json holds: per trainer node id, its epochs, trajectory, gradient norms and tweaks. */
import { userKeyedRecord } from '../graph/index.ts'
import type { TrainingSnapshot } from '../runtime/values.ts'

/** A trainer stopped by Ctrl-C (or SIGTERM) before its last epoch. */
export type RecordStatus = TrainingSnapshot['status'] | 'interrupted'

/** What run.json holds for one trainer. */
export interface TrainerRecord {
  status: RecordStatus
  history: TrainingSnapshot['history']
  trajectory?: TrainingSnapshot['trajectory']
  /** Present when the trajectory keeps only every k-th step (a large model): k. */
  trajectoryEvery?: number
  gradNorms?: { layers: readonly string[]; steps: TrainingSnapshot['gradNorms'] }
  tweaks: TrainingSnapshot['tweaks']
  error?: string
}

function finished(status: TrainingSnapshot['status']): boolean {
  return status === 'done' || status === 'error'
}

export function trainerRecord(s: TrainingSnapshot, interrupted: boolean): TrainerRecord {
  return {
    status: interrupted && !finished(s.status) ? 'interrupted' : s.status,
    history: s.history,
    ...(s.trajectory ? { trajectory: s.trajectory } : {}),
    ...(s.trajectory && s.trajectoryEvery > 1 ? { trajectoryEvery: s.trajectoryEvery } : {}),
    ...(s.gradNorms ? { gradNorms: { layers: s.layerNames, steps: s.gradNorms } } : {}),
    tweaks: s.tweaks,
    ...(s.error ? { error: s.error } : {}),
  }
}

/**
 * run.json's content, keyed by trainer id. The record has no prototype: in a plain object,
 * a trainer with id `__proto__` replaced the prototype and vanished from the file.
 */
export function runRecord(snapshots: Iterable<readonly [string, TrainingSnapshot]>, interrupted: boolean): Record<string, TrainerRecord> {
  const record = userKeyedRecord<TrainerRecord>()
  for (const [id, snapshot] of snapshots) record[id] = trainerRecord(snapshot, interrupted)
  return record
}
