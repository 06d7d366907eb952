import type { FromWorker } from './worker/protocol.ts'
import { addTweakRecord } from './worker/protocol.ts'

type Frame = Extract<FromWorker, { kind: 'frame' }>
type Refusal = Extract<FromWorker, { kind: 'refused' }>

/**
 * What the worker said since the page last drew: the newest view of each node and the newest
 * progress of each trainer, and every tweak and refusal in order. Its size is bounded by the
 * graph, however long the page goes without drawing (a tab in the background).
 */
export interface WorkerBatch {
  readonly frame: Frame | null
  readonly refusals: readonly Refusal[]
}

export function addToBatch(batch: WorkerBatch | null, message: FromWorker): WorkerBatch {
  const current = batch ?? { frame: null, refusals: [] }
  if (message.kind === 'refused') return { ...current, refusals: [...current.refusals, message] }
  return { ...current, frame: current.frame ? mergeFrames(current.frame, message) : message }
}

function mergeFrames(older: Frame, newer: Frame): Frame {
  const progress = new Map(older.progress.map((p) => [p.trainerId, p]))
  for (const p of newer.progress) progress.set(p.trainerId, p)
  return {
    kind: 'frame',
    nodes: { ...older.nodes, ...newer.nodes },
    progress: [...progress.values()],
    tweaks: newer.tweaks.reduce(addTweakRecord, older.tweaks),
  }
}
