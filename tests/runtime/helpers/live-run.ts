import { Port } from '../../../src/runtime/ports.ts'
import { Runtime } from '../../../src/runtime/runtime.ts'
import type { NodeRegistry } from '../../../src/runtime/registry.ts'
import type { GraphDocument } from '../../../src/graph/graph-file.ts'
import type { TrainingSnapshot } from '../../../src/runtime/values.ts'

/*
 * Driving one trainer ("fit") of a graph through a run the way the live-change tests do:
 * load, step, change something, play to the end, then replay the saved file.
 */

export async function loaded(registry: NodeRegistry, doc: GraphDocument, autoplay = false): Promise<Runtime> {
  const r = new Runtime(registry, { autoplay })
  r.load(doc)
  await r.whenIdle()
  return r
}

export function snapshotOf(r: Runtime, trainer = 'fit'): TrainingSnapshot {
  const s = r.value(trainer, 'training', Port.Training)
  if (!s) throw new Error(`the trainer "${trainer}" has no output`)
  return s
}

/** Takes `n` steps of a trainer, one batch at a time. */
export async function steps(r: Runtime, n: number, trainer = 'fit'): Promise<void> {
  for (let i = 0; i < n; i++) {
    r.command('stepBatch', trainer)
    await r.whenIdle()
  }
}

/** Plays the run to its end: each epoch's loss. */
export async function toTheEnd(r: Runtime): Promise<number[]> {
  r.command('play', 'fit')
  await r.whenIdle()
  return snapshotOf(r).history.map((h) => h.loss)
}

/** The saved file run by a fresh runtime, as the CLI runs it: each epoch's loss. */
export async function replayed(registry: NodeRegistry, live: Runtime): Promise<number[]> {
  const replay = await loaded(registry, live.document(), true)
  return snapshotOf(replay).history.map((h) => h.loss)
}
