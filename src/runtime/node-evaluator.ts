import type { SchedulerLike } from 'rxjs'
import { isLongRunning } from './define-node.ts'
import type { EvalContext, InputSpecs, ParamSpecs } from './define-node.ts'
import type { InputKey, NodeRecord } from './node-record.ts'
import type { RuntimeDocument } from './document.ts'
import type { ProcessHost } from './process-host.ts'
import type { Evaluator } from './propagator.ts'
import { gatherInputs, paramsOf } from './inputs.ts'
import type { GatheredInputs } from './inputs.ts'

/** The propagator's side of an evaluation: its version counters, and what a new result dirties. */
export interface Propagation {
  generation(nodeId: string): number
  markDirty(nodeIds: Iterable<string>): void
  schedule(): void
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e)
}

function isPromise(v: unknown): v is Promise<Readonly<Record<string, unknown>>> {
  return typeof v === 'object' && v !== null && typeof (v as { then?: unknown }).then === 'function'
}

function sameKey(a: InputKey, b: InputKey): boolean {
  return a.fixed === b.fixed && a.live === b.live && a.liveParams === b.liveParams
}

/**
 * Evaluates one node for the propagator: gathers its inputs, reuses the cached result when
 * its inputs and params did not change, hands live input and param changes to a running process, and
 * otherwise calls the node's evaluate — at once, later (a promise), or as a process.
 */
export class NodeEvaluator implements Evaluator {
  constructor(
    private readonly doc: RuntimeDocument,
    private readonly host: ProcessHost,
    private readonly propagation: Propagation,
    private readonly scheduler: SchedulerLike,
  ) {}

  inFlight(nodeId: string): boolean {
    return this.doc.find(nodeId)?.computation.kind === 'evaluating'
  }

  busy(): boolean {
    for (const record of this.doc.all()) if (record.computation.kind === 'evaluating' || this.host.isRunning(record)) return true
    return false
  }

  evaluate(nodeId: string): void {
    const record = this.doc.record(nodeId)
    const gathered = gatherInputs(record, this.doc)
    if ('blocked' in gathered) {
      record.replace({ kind: 'none' })
      record.outputs.clear()
      record.setState({ status: gathered.error ? 'error' : 'blocked', error: gathered.blocked })
      return
    }
    const { key } = gathered
    const c = record.computation
    if (c.kind === 'evaluating' && sameKey(c.key, key)) {
      // The evaluation in flight computes exactly this: let its result count.
      record.settle({ ...c, generation: this.propagation.generation(nodeId) })
      return
    }
    if ((c.kind === 'cached' || c.kind === 'process') && sameKey(c.key, key) && !record.outputs.isEmpty) return
    if (c.kind === 'process' && c.key.fixed === key.fixed) {
      this.host.live(record, key, gathered)
      return
    }
    this.start(record, gathered)
  }

  private start(record: NodeRecord, gathered: GatheredInputs): void {
    const before = record.computation
    record.replace({ kind: 'none' })
    const controller = new AbortController()
    const ctx = this.context(record, gathered, controller.signal, before.kind === 'process' ? before.process : null)
    record.setState({ status: 'evaluating', evaluations: record.state.value.evaluations + 1 })
    const def = record.def
    try {
      if (isLongRunning(def)) {
        this.host.start(record, def.evaluate(ctx), gathered.key)
        return
      }
      const result = def.evaluate(ctx)
      if (isPromise(result)) {
        this.await(record, gathered.key, controller, result)
        return
      }
      record.outputs.publish(result)
      record.settle({ kind: 'cached', key: gathered.key })
      record.setState({ status: 'ready' })
    } catch (e) {
      record.replace({ kind: 'none' })
      this.fail(record, e)
    }
  }

  private context(record: NodeRecord, gathered: GatheredInputs, signal: AbortSignal, previous: EvalContext<InputSpecs, ParamSpecs>['previous']): EvalContext<InputSpecs, ParamSpecs> {
    return {
      nodeId: record.id,
      label: record.node.title ?? record.id,
      inputs: gathered.values as EvalContext<InputSpecs, ParamSpecs>['inputs'],
      params: paramsOf(record) as EvalContext<InputSpecs, ParamSpecs>['params'],
      scheduler: this.scheduler,
      tweaks: this.host.tweaksFor(record.id, this.doc.tweaks),
      edits: isLongRunning(record.def) ? this.host.takeEdits(record.id) : [],
      previous,
      liveSources: Object.fromEntries(Object.entries(gathered.live).map(([port, l]) => [port, [l.source]])),
      signal,
      autoplay: this.host.autoplay,
      paced: this.host.paced,
    }
  }

  /** A result counts only if no newer change has reached the node while it was computed. */
  private await(record: NodeRecord, key: InputKey, controller: AbortController, result: Promise<Readonly<Record<string, unknown>>>): void {
    record.settle({ kind: 'evaluating', key, generation: this.propagation.generation(record.id), abort: controller })
    const current = (): boolean => {
      const c = record.computation
      return c.kind === 'evaluating' && c.abort === controller && c.generation === this.propagation.generation(record.id)
    }
    result
      .then(
        (outputs) => {
          if (!current()) return
          record.outputs.publish(outputs)
          record.settle({ kind: 'cached', key })
          record.setState({ status: 'ready' })
          this.propagation.markDirty(this.doc.children(record.id))
        },
        (e: unknown) => {
          if (!current()) return
          record.settle({ kind: 'none' })
          this.fail(record, e)
        },
      )
      .finally(() => {
        // Superseded: the node is dirty again and will be evaluated anew; stop this one.
        const c = record.computation
        if (c.kind === 'evaluating' && c.abort === controller) record.replace({ kind: 'none' })
        this.propagation.schedule()
      })
  }

  private fail(record: NodeRecord, e: unknown): void {
    record.outputs.clear()
    record.setState({ status: 'error', error: message(e) })
    this.propagation.markDirty(this.doc.children(record.id))
  }
}
