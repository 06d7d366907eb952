import type { ParamValue, Tweak } from '../../graph/graph-file.ts'
import { tweakChanges } from '../../graph/tweaks.ts'
import type { TweakEdit } from '../../graph/tweaks.ts'

/** One optimizer hyperparameter to set before a step. */
export interface HyperChange {
  readonly param: string
  readonly value: number | boolean
}

/** An optimizer hyperparameter's value: a number or a switch. */
const isHyperValue = (v: ParamValue | undefined): v is number | boolean => typeof v === 'number' || typeof v === 'boolean'

const replayable = (tweak: Tweak, optimizerSource: string): tweak is Tweak & { param: string } => tweak.param !== undefined && tweak.node === optimizerSource

/**
 * The values a replay starts from: a file's optimizer node holds each param's latest value,
 * so every tweaked hyperparameter starts from the value it had before its first tweak.
 */
export function tweakStartValues(tweaks: readonly Tweak[], optimizerSource: string): HyperChange[] {
  const seen = new Set<string>()
  const out: HyperChange[] = []
  for (const t of [...tweaks].sort((a, b) => a.step - b.step)) {
    if (!replayable(t, optimizerSource) || seen.has(t.param) || !isHyperValue(t.from)) continue
    seen.add(t.param)
    out.push({ param: t.param, value: t.from })
  }
  return out
}

/** The recorded changes due before the step that follows `step` completed updates (each value of a gesture at its own step). */
export function tweaksDue(tweaks: readonly Tweak[], optimizerSource: string, step: number): HyperChange[] {
  const out: HyperChange[] = []
  for (const t of tweaks) {
    if (!replayable(t, optimizerSource)) continue
    for (const change of tweakChanges(t)) if (change.step === step && isHyperValue(change.value)) out.push({ param: t.param, value: change.value })
  }
  return out
}

/** The recorded edits due before the step that follows `step` completed updates, each with the value it takes then. */
export function editsDue(tweaks: readonly Tweak[], step: number): { edit: TweakEdit; value: Tweak['value'] }[] {
  const out: { edit: TweakEdit; value: Tweak['value'] }[] = []
  for (const t of tweaks) for (const change of tweakChanges(t)) if (change.step === step) out.push({ edit: t, value: change.value })
  return out
}

/** Every step before which a recorded change applies, in order. */
export function tweakSteps(tweaks: readonly Tweak[]): number[] {
  return [...new Set(tweaks.flatMap((t) => tweakChanges(t).map((c) => c.step)))].sort((a, b) => a - b)
}
