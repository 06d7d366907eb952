import type { GraphDocument, Tweak } from '../graph/graph-file.ts'

const LIMIT = 200

/**
 * Undo and redo over whole documents. Consecutive edits with the same merge key (one
 * slider drag, one node drag) become one step.
 */
export class History {
  private past: { doc: GraphDocument; key: string | null }[] = []
  private future: GraphDocument[] = []

  get canUndo(): boolean {
    return this.past.length > 0
  }

  get canRedo(): boolean {
    return this.future.length > 0
  }

  /** Records `before` as the state to return to, unless this edit continues the last one. */
  record(before: GraphDocument, mergeKey: string | null): void {
    const last = this.past[this.past.length - 1]
    if (mergeKey !== null && last && last.key === mergeKey) return
    this.past.push({ doc: before, key: mergeKey })
    if (this.past.length > LIMIT) this.past.shift()
    this.future = []
  }

  /** Ends a merge run, so the next edit with the same key is a new step. */
  seal(): void {
    const last = this.past[this.past.length - 1]
    if (last) last.key = null
  }

  undo(current: GraphDocument): GraphDocument | null {
    const entry = this.past.pop()
    if (!entry) return null
    this.future.push(current)
    return entry.doc
  }

  redo(current: GraphDocument): GraphDocument | null {
    const next = this.future.pop()
    if (!next) return null
    this.past.push({ doc: current, key: null })
    return next
  }

  clear(): void {
    this.past = []
    this.future = []
  }
}

/**
 * The tweaks of the document an undo or redo goes to. The tweaks are the runs' record, not an
 * edit: a trainer that stays keeps its record as it stands (undoing a swap is a new change,
 * recorded after the swap, not the swap unmade); a trainer the step brings back comes with the
 * record it had. Tweaks of nodes the step removes go with them, as on a delete.
 */
export function tweaksThrough(current: GraphDocument, target: GraphDocument): Tweak[] {
  const staying = new Set(current.nodes.map((n) => n.id))
  const ids = new Set(target.nodes.map((n) => n.id))
  const returning = target.tweaks.filter((t) => !staying.has(t.trainer))
  const kept = current.tweaks.filter((t) => ids.has(t.trainer) && ids.has(t.node))
  return [...kept, ...returning]
}
