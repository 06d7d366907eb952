import type { Connection, Endpoint, GraphDocument, Tweak, TweakStep } from './graph-file.ts'

/** Every value a tweak applied, with its step, in order. */
export function tweakChanges(t: Tweak): readonly TweakStep[] {
  return t.path ?? [{ step: t.step, value: t.value }]
}

/**
 * A gesture's tweak carried on by one more value: the path of every value with its step
 * (values sent within one step: only the last one trained), ending at the new value.
 */
export function extendTweak(prev: Tweak, next: TweakStep): Tweak {
  const path = [...tweakChanges(prev)]
  if (path[path.length - 1].step === next.step) path.pop()
  path.push({ step: next.step, value: next.value })
  const { path: _previous, ...rest } = prev
  return path.length > 1 ? { ...rest, value: next.value, path } : { ...rest, value: next.value, step: path[0].step }
}

/**
 * A tweak log with one more tweak: appended, or — when it `continues` a gesture — in place
 * of the trainer's last tweak of the same node and param, which it carries on.
 */
export function recordTweak(log: readonly Tweak[], tweak: Tweak, continues: boolean): Tweak[] {
  const out = [...log]
  const same = (t: Tweak) => t.trainer === tweak.trainer && t.node === tweak.node && t.param === tweak.param && t.input === tweak.input
  const last = continues ? out.findLastIndex(same) : -1
  if (last >= 0) out[last] = tweak
  else out.push(tweak)
  return out
}

/** What a tweak changed, without when: a param's value, or the source ("node.port") feeding an input. */
export type TweakEdit = Pick<Tweak, 'node' | 'param' | 'input' | 'value' | 'from' | 'label'> & {
  /** Made again by another trainer's replay, not by the user: a trainer it reaches finds it among its own recorded tweaks. */
  readonly replayed?: boolean
  /** The user gesture (one slider drag) that made it: the edits of one drag make one tweak. */
  readonly gesture?: number
}

/** An output as a tweak names it: "node.port" (node ids hold no dots). */
export function sourceRef(e: Endpoint): string {
  return `${e.node}.${e.port}`
}

export function parseSourceRef(ref: string): Endpoint {
  const dot = ref.indexOf('.')
  return dot < 0 ? { node: ref, port: '' } : { node: ref.slice(0, dot), port: ref.slice(dot + 1) }
}

/** The connection feeding a tweaked input with `source` ("node.port"). */
export function tweakConnection(t: Pick<Tweak, 'node' | 'input'>, source: string): Connection {
  return { from: parseSourceRef(source), to: { node: t.node, port: t.input ?? '' } }
}

/** A document with one tweak's edit made at `value` (a param set, or an input rewired from its current source). */
export function withTweakValue(doc: GraphDocument, t: TweakEdit, value: Tweak['value']): GraphDocument {
  if (t.param !== undefined) {
    return { ...doc, nodes: doc.nodes.map((n) => (n.id === t.node ? { ...n, params: { ...n.params, [t.param as string]: value } } : n)) }
  }
  const kept = doc.connections.filter((c) => !(c.to.node === t.node && c.to.port === t.input))
  return { ...doc, connections: [...kept, tweakConnection(t, String(value))] }
}

/**
 * The graph as first built, before any of its tweaks: the file holds each param's and
 * input's latest value, so each tweaked one goes back to its first tweak's `from`.
 */
export function firstBuilt(doc: GraphDocument): GraphDocument {
  const seen = new Set<string>()
  let out: GraphDocument = { ...doc, tweaks: [] }
  for (const t of [...doc.tweaks].sort((a, b) => a.step - b.step)) {
    const key = `${t.trainer}|${t.node}|${t.param ?? ''}|${t.input ?? ''}`
    if (seen.has(key) || t.from === undefined) continue
    seen.add(key)
    out = withTweakValue(out, t, t.from)
  }
  return out
}

/** The tweak's change as a short text: "batchSize 30 → 5", "optimizer adam → sgd". */
export function tweakName(t: Pick<Tweak, 'param' | 'input'>): string {
  return t.param ?? t.input ?? ''
}
