import type { Catalog } from '../graph/index.ts'
import type { RunCommand } from '../runtime/define-node.ts'
import { perFrame } from '../runtime/operators.ts'
import { AppStore } from './store.ts'
import { RuntimeClient } from './runtime-client.ts'
import { addToBatch } from './worker-batch.ts'
import { runControl } from './trainer-focus.ts'

/** How long the page gathers the worker's messages before applying them. */
const FRAME_MS = 16

/**
 * One graph, live: its store and its own runtime worker, whose frames reach the store at most
 * once per frame. The editor holds one; every embedded lesson holds its own, so two lessons on
 * a page share no worker and no state. It knows nothing of the canvas or of storage.
 */
export class LiveGraph {
  readonly store: AppStore
  readonly client = new RuntimeClient()

  constructor(readonly catalog: Catalog) {
    this.store = new AppStore(catalog, this.client)
    // The worker may send a frame per 16 ms; the page applies what arrived at most once per
    // frame (16 ms), in a task of its own: inside requestAnimationFrame the work would share one
    // task with the style, layout and paint it causes, making that task twice as long.
    this.client.messages$.pipe(perFrame((apply) => setTimeout(apply, FRAME_MS), addToBatch)).subscribe((batch) => {
      for (const refusal of batch.refusals) this.store.receive(refusal)
      if (batch.frame) this.store.receive(batch.frame)
    })
  }

  /** Run control for the focused trainer, or all of them, or a toast saying why it does nothing. */
  runCommand(command: RunCommand): void {
    const { progress, trainerFocus } = this.store.state
    const action = runControl(command, this.store.trainerIds(), progress, trainerFocus)
    if ('toast' in action) this.store.toast(action.toast)
    else this.store.command(command, action.nodeId)
  }

  /** Ends the worker: its training stops and its memory goes. */
  dispose(): void {
    this.client.dispose()
  }
}
