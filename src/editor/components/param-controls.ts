/**
 * Pure helpers behind the inspector's controls: slider position ↔ value (linear or log10) and
 * parsing typed text into a valid param value. No DOM.
 */
import type { ParamValues } from '../../graph/graph-file.ts'
import type { NumberParam, ParamDecl } from '../../graph/params.ts'
import { paramProblem, parseParamText } from '../../graph/params.ts'

/**
 * Positions per decade of a log slider: decades fall on whole positions, so round values such
 * as 0.001 or 0.1 are exactly reachable, with 2 significant digits in between.
 */
export const LOG_STEPS_PER_DECADE = 100

/** The `<input type=range>` attributes for a number param. */
export interface SliderSpec {
  readonly min: number
  readonly max: number
  readonly step: number | 'any'
  readonly log: boolean
}

/** More positions than this and a linear slider cannot be aimed: the param gets a number field only. */
export const MAX_LINEAR_POSITIONS = 10_000

/** The span the slider covers: the declared slider range, else the accepted one (wider values can still be typed). */
function sliderBounds(decl: NumberParam): { readonly min?: number; readonly max?: number } {
  return decl.slider ?? decl
}

/** A count whose range spans this many times its least value slides on a log scale. */
const LOG_COUNT_SPAN = 1000

/**
 * The declaration a slider follows: a whole-number count from 1 (or more) that spans three
 * decades or more (a Dense layer's 1…4096 units) slides on a log scale even when its
 * declaration does not say so: on a linear track 20 units sat at the far left, unaimable.
 */
function slid(decl: NumberParam): NumberParam {
  if (decl.scale !== undefined || decl.integer !== true) return decl
  const { min, max } = sliderBounds(decl)
  return min !== undefined && max !== undefined && min >= 1 && max / min >= LOG_COUNT_SPAN ? { ...decl, scale: 'log' } : decl
}

/**
 * A number param gets a slider when it has both bounds (and, for log scale, a positive max). A
 * linear one needs a range a thumb can aim in (a seed from 0 to 2³²−1 gets a number field alone).
 */
export function sliderSpec(declared: NumberParam): SliderSpec | null {
  const decl = slid(declared)
  const { min, max } = sliderBounds(decl)
  if (min === undefined || max === undefined || !(max > min)) return null
  if (decl.scale === 'log') {
    if (!(max > 0)) return null
    const { steps, zeroAtStart } = logRange(decl)
    return { min: 0, max: zeroAtStart ? steps + 1 : steps, step: 1, log: true }
  }
  const step = decl.step ?? (decl.integer ? 1 : 'any')
  if (step !== 'any' && (max - min) / step > MAX_LINEAR_POSITIONS) return null
  return { min, max, step, log: false }
}

/**
 * The log range [lo, hi] (log10) of a log slider over `steps` positions. When min ≤ 0 the scale
 * cannot reach it: position 0 stands for `min` itself (`zeroAtStart`) and positions 1… span from
 * a floor six decades below max (or two below the default, if that is smaller) up to max.
 */
function logRange(decl: NumberParam): { lo: number; hi: number; steps: number; zeroAtStart: boolean } {
  const bounds = sliderBounds(decl)
  const min = bounds.min ?? 0
  const max = bounds.max ?? 1
  const hi = Math.log10(max)
  const zeroAtStart = !(min > 0)
  const lo = zeroAtStart
    ? Math.floor(Math.log10(Math.min(max * 1e-6, decl.default > 0 ? decl.default / 100 : Infinity)))
    : Math.log10(min)
  return { lo, hi, steps: Math.max(1, Math.round((hi - lo) * LOG_STEPS_PER_DECADE)), zeroAtStart }
}

function roundToSignificant(v: number, digits: number): number {
  return v === 0 ? 0 : Number(v.toPrecision(digits))
}

function clamp(v: number, min: number | undefined, max: number | undefined): number {
  if (min !== undefined && v < min) return min
  if (max !== undefined && v > max) return max
  return v
}

/** Decimals that keep a linear slider's value readable: about 1/1000 of its range. */
function linearDecimals(decl: NumberParam): number {
  if (decl.step !== undefined) {
    const text = String(decl.step)
    const dot = text.indexOf('.')
    const exp = text.indexOf('e-')
    if (exp >= 0) return Number(text.slice(exp + 2)) + (dot >= 0 ? exp - dot - 1 : 0)
    return dot >= 0 ? text.length - dot - 1 : 0
  }
  const bounds = sliderBounds(decl)
  const range = (bounds.max ?? 1) - (bounds.min ?? 0)
  return Math.max(0, Math.ceil(-Math.log10(range / 1000)))
}

/** Where the slider's thumb sits for `value` (a position within the SliderSpec's min…max). */
export function sliderPosition(declared: NumberParam, value: number): number {
  const decl = slid(declared)
  const spec = sliderSpec(decl)
  if (!spec) return value
  if (!spec.log) return clamp(value, spec.min, spec.max)
  const { lo, hi, steps, zeroAtStart } = logRange(decl)
  const first = zeroAtStart ? 1 : 0
  if (zeroAtStart && value <= (sliderBounds(decl).min ?? 0)) return 0
  if (!(value > 0)) return first
  const f = (Math.log10(value) - lo) / (hi - lo)
  return clamp(first + Math.round(f * steps), first, spec.max)
}

/** The param value at a slider position: readable (2 significant digits on log sliders), within range. */
export function sliderValue(declared: NumberParam, position: number): number {
  const decl = slid(declared)
  const spec = sliderSpec(decl)
  if (!spec) return position
  const { min, max } = sliderBounds(decl)
  let v: number
  if (spec.log) {
    const { lo, hi, steps, zeroAtStart } = logRange(decl)
    if (position >= spec.max) return decl.integer ? Math.floor(max ?? 1) : (max ?? 1)
    if (position <= 0) return decl.integer ? Math.ceil(min ?? 0) : (min ?? 0)
    const p = zeroAtStart ? position - 1 : position
    v = roundToSignificant(10 ** (lo + ((hi - lo) * p) / steps), 2)
  } else {
    v = Number(position.toFixed(Math.min(linearDecimals(decl), 12)))
  }
  if (decl.integer) v = Math.round(v)
  return clamp(v, min, max)
}

export type ParsedParam = { readonly ok: true; readonly value: ParamValues[string] } | { readonly ok: false; readonly problem: string }

/**
 * Parses what the user typed for a param (numbers; comma-separated lists for shape and numbers)
 * and validates it with the declaration: a value to emit, or the problem to show.
 */
export function parseParamInput(decl: ParamDecl, text: string): ParsedParam {
  let value: ReturnType<typeof parseParamText>
  try {
    value = parseParamText(decl, text)
  } catch (error) {
    return { ok: false, problem: error instanceof Error ? error.message : String(error) }
  }
  const problem = paramProblem(decl, value)
  if (problem !== null) return { ok: false, problem }
  return { ok: true, value: Array.isArray(value) ? [...(value as readonly number[])] : (value as number | boolean | string) }
}

/** Equality of param values (lists element-wise). */
export function sameParamValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => Object.is(x, b[i]))
  return Object.is(a, b)
}
