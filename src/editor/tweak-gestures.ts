/**
 * Names the user's gestures on params: the edits of one slider drag (until its release)
 * share an id. The runtime hands the id on with the live values the edits cause, so a
 * running trainer records one drag as one tweak (with the path of values it applied).
 */
export class TweakGestures {
  private nextId = 1
  /** The open gesture of each param being dragged. */
  private readonly open = new Map<string, number>()

  /** The gesture an edit belongs to: the param's open one, or a new one; `final` ends it. */
  edited(node: string, param: string, final: boolean): number {
    const key = `${node}\u0000${param}`
    const id = this.open.get(key) ?? this.nextId++
    if (final) this.open.delete(key)
    else this.open.set(key, id)
    return id
  }
}
