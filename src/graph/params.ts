import { formatInterval, inBounds } from '../core/hyper/bounds.ts'
import { formatNumber } from '../core/hyper/format.ts'
import { lengthProblem, MAX_FILE_TEXT_LENGTH, MAX_STRING_LENGTH } from './limits.ts'
import { preview, quote } from './shorten.ts'

export { formatNumber }

/**
 * Parameter declarations: the one description of a node's settings from which the
 * editor builds controls, the loader validates files, and the CLI parses `--set`.
 */
export interface NumberParam {
  readonly kind: 'number'
  readonly default: number
  readonly min?: number
  readonly max?: number
  /** `false` when the bound itself is refused (β₁ < 1); bounds are included otherwise. */
  readonly minInclusive?: boolean
  readonly maxInclusive?: boolean
  /** The span a slider covers when narrower than the accepted range (an open end, a far end for typing only). */
  readonly slider?: { readonly min: number; readonly max: number }
  readonly step?: number
  /** Integer-valued (epochs, units, seeds). */
  readonly integer?: boolean
  /** Log-scaled slider (learning rates). */
  readonly scale?: 'linear' | 'log'
  readonly label?: string
  readonly doc?: string
}

export interface BooleanParam {
  readonly kind: 'boolean'
  readonly default: boolean
  readonly label?: string
  readonly doc?: string
}

export interface SelectParam<O extends string = string> {
  readonly kind: 'select'
  readonly default: O
  readonly options: readonly O[]
  readonly label?: string
  readonly doc?: string
}

export interface StringParam {
  readonly kind: 'string'
  readonly default: string
  readonly multiline?: boolean
  /** The editor offers a file picker with this accept filter; the value is the file's text. */
  readonly file?: string
  readonly label?: string
  readonly doc?: string
}

export interface ShapeParam {
  readonly kind: 'shape'
  readonly default: readonly number[]
  readonly label?: string
  readonly doc?: string
}

export interface NumberListParam {
  readonly kind: 'numbers'
  readonly default: readonly number[]
  readonly label?: string
  readonly doc?: string
}

export type ParamDecl = NumberParam | BooleanParam | SelectParam | StringParam | ShapeParam | NumberListParam
export type ParamValue = number | boolean | string | readonly number[]

/** The TypeScript type of a declared parameter's value. */
export type ValueOfParam<P extends ParamDecl> = P extends NumberParam
  ? number
  : P extends BooleanParam
    ? boolean
    : P extends SelectParam<infer O>
      ? O
      : P extends StringParam
        ? string
        : readonly number[]

type Options<P> = Omit<P, 'kind'>

export const param = {
  number: (o: Options<NumberParam>): NumberParam => ({ kind: 'number', ...o }),
  integer: (o: Omit<Options<NumberParam>, 'integer'>): NumberParam => ({ kind: 'number', integer: true, ...o }),
  boolean: (o: Options<BooleanParam>): BooleanParam => ({ kind: 'boolean', ...o }),
  select: <const O extends string>(o: Options<SelectParam<O>>): SelectParam<O> => ({ kind: 'select', ...o }),
  string: (o: Options<StringParam>): StringParam => ({ kind: 'string', ...o }),
  shape: (o: Options<ShapeParam>): ShapeParam => ({ kind: 'shape', ...o }),
  numbers: (o: Options<NumberListParam>): NumberListParam => ({ kind: 'numbers', ...o }),
}

function describeRange(p: NumberParam): string {
  const f = formatNumber
  const closed = p.minInclusive !== false && p.maxInclusive !== false
  if (p.min !== undefined && p.max !== undefined) return closed ? `between ${f(p.min)} and ${f(p.max)}` : `in ${formatInterval(p)}`
  if (p.min !== undefined) return p.minInclusive === false ? `above ${f(p.min)}` : `at least ${f(p.min)}`
  if (p.max !== undefined) return p.maxInclusive === false ? `below ${f(p.max)}` : `at most ${f(p.max)}`
  return 'finite'
}

/** Why a value is not acceptable for a parameter, or null when it is. */
export function paramProblem(p: ParamDecl, value: unknown): string | null {
  switch (p.kind) {
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return `expected a number, got ${preview(value)}`
      if (p.integer && !Number.isInteger(value)) return `expected an integer, got ${value}`
      if (!inBounds(p, value)) return `${formatNumber(value)} is out of range: expected a number ${describeRange(p)}`
      return null
    }
    case 'boolean':
      return typeof value === 'boolean' ? null : `expected true or false, got ${preview(value)}`
    case 'select':
      return typeof value === 'string' && p.options.includes(value) ? null : `expected one of ${p.options.map((o) => JSON.stringify(o)).join(', ')}, got ${preview(value)}`
    case 'string':
      if (typeof value !== 'string') return `expected a string, got ${preview(value)}`
      return p.file ? lengthProblem("a file's text", value, MAX_FILE_TEXT_LENGTH) : lengthProblem('text', value, MAX_STRING_LENGTH)
    case 'shape':
      return Array.isArray(value) && value.length > 0 && value.every((d) => Number.isInteger(d) && d > 0) ? null : `expected a shape (a list of positive integers), got ${preview(value)}`
    case 'numbers':
      return Array.isArray(value) && value.every((d) => typeof d === 'number' && Number.isFinite(d)) ? null : `expected a list of numbers, got ${preview(value)}`
  }
}

/** Parses a command-line value (`--set fit.epochs=5`) for a parameter; throws a clear message. */
export function parseParamText(p: ParamDecl, text: string): ParamValue {
  const fail = (why: string): never => {
    throw new Error(why)
  }
  switch (p.kind) {
    case 'number': {
      const v = text.trim() === '' ? NaN : Number(text)
      return Number.isNaN(v) ? fail(`${quote(text)} is not a number`) : v
    }
    case 'boolean':
      return text === 'true' ? true : text === 'false' ? false : fail(`${quote(text)} is not true or false`)
    case 'select':
    case 'string':
      return text
    case 'shape':
    case 'numbers': {
      const parts = text.split(/[x×,\s]+/).filter((s) => s !== '')
      const values = parts.map(Number)
      return values.some(Number.isNaN) ? fail(`${quote(text)} is not a list of numbers`) : values
    }
  }
}
