import type { Tweak, TweakStep } from './graph-file.ts'

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
  const same = (t: Tweak) => t.trainer === tweak.trainer && t.node === tweak.node && t.param === tweak.param
  const last = continues ? out.findLastIndex(same) : -1
  if (last >= 0) out[last] = tweak
  else out.push(tweak)
  return out
}
