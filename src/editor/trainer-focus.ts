import type { TrainingStatus } from '../runtime/values.ts'
import type { ProgressView } from './view-types.ts'
import type { GraphDocument } from '../graph/graph-file.ts'
import type { Catalog } from '../graph/node-schema.ts'
import type { RunCommand } from '../runtime/define-node.ts'

/** How a set of trainers reads as one: running wins, then paused, stopped, ready; done only when all are. */
function jointStatus(statuses: readonly TrainingStatus[]): TrainingStatus {
  for (const s of ['running', 'paused', 'error', 'idle'] as const) if (statuses.includes(s)) return s
  return 'done'
}

/**
 * All trainers at once, for the status row's "All trainers" chip: the slowest one's epoch
 * (when it reaches the end, they all have), steps and speed added up. A loss has no
 * joint value: each trainer's chip shows its own.
 */
export function allTrainers(progress: readonly ProgressView[]): ProgressView {
  const slowest = progress.reduce((a, b) => (b.epoch / b.epochs < a.epoch / a.epochs ? b : a))
  const noticed = progress.find((p) => p.notice !== null)
  const failed = progress.find((p) => p.error !== null)
  return {
    trainerId: '',
    label: 'All trainers',
    status: jointStatus(progress.map((p) => p.status)),
    epoch: slowest.epoch,
    epochs: slowest.epochs,
    step: progress.reduce((n, p) => n + p.step, 0),
    loss: null,
    stepsPerSecond: progress.reduce((n, p) => n + p.stepsPerSecond, 0),
    notice: noticed ? `${noticed.label}: ${noticed.notice}` : null,
    error: failed ? `${failed.label}: ${failed.error}` : null,
  }
}

/** What the status row shows: the chosen trainer, or all of them together. */
export function shownProgress(progress: readonly ProgressView[], focus: string | null): ProgressView | undefined {
  if (progress.length <= 1) return progress[0]
  return progress.find((p) => p.trainerId === focus) ?? allTrainers(progress)
}

/** The ids of a graph's trainers (long-running nodes), in file order. */
export function trainerIds(doc: GraphDocument, catalog: Catalog): string[] {
  return doc.nodes.filter((n) => catalog.get(n.type)?.longRunning === true).map((n) => n.id)
}

/** Whether a run control is running what it acts on: the focused trainer, or any. */
export function focusRunning(progress: ReadonlyMap<string, ProgressView>, focus: string | null): boolean {
  return [...progress.values()].some((p) => p.status === 'running' && (focus === null || p.trainerId === focus))
}

/**
 * What a run control does: act on the focused trainer (or all), or say why it does nothing
 * rather than doing nothing — no trainer in the graph, or a run that is already done.
 */
export function runControl(command: RunCommand, trainers: readonly string[], progress: ReadonlyMap<string, ProgressView>, focus: string | null): { readonly toast: string } | { readonly nodeId: string | undefined } {
  const targets = focus !== null ? [focus] : trainers
  if (targets.length === 0) return { toast: 'This graph has no trainer: add one from the palette (train → Trainer) to train.' }
  const advancing = command === 'play' || command === 'stepBatch' || command === 'stepEpoch'
  if (advancing && targets.every((id) => progress.get(id)?.status === 'done')) return { toast: 'Done — Reset to train again.' }
  return { nodeId: focus ?? undefined }
}
