/**
 * Hyperparameter descriptions: what an optimizer or a loss accepts, declared once beside the
 * code that uses it. The core validates construction and live changes from it, and the
 * editor's node params are derived from it, so the two cannot disagree.
 */

/** Which values a number accepts; a bound is included unless said otherwise. */
export interface Bounds {
  readonly min?: number
  readonly max?: number
  /** `false` when the bound itself is refused (a learning rate of 0, β₁ = 1). */
  readonly minInclusive?: boolean
  readonly maxInclusive?: boolean
}

export interface NumberHyper<L extends boolean = boolean> extends Bounds {
  readonly kind: 'number'
  readonly default: number
  readonly min: number
  readonly max: number
  /** Log for quantities that matter by their order of magnitude (learning rates, ε). */
  readonly scale?: 'linear' | 'log'
  /**
   * The span a slider covers, when narrower than what is accepted: an open bound a thumb must
   * stop short of, or a far end that is sensible to type but not to drag to.
   */
  readonly slider?: { readonly min: number; readonly max: number }
  readonly doc: string
  /** Whether it can change between two steps while the optimizer keeps its state. */
  readonly live: L
}

export interface BooleanHyper<L extends boolean = boolean> {
  readonly kind: 'boolean'
  readonly default: boolean
  readonly doc: string
  readonly live: L
}

export interface ChoiceHyper<O extends string = string, L extends boolean = boolean> {
  readonly kind: 'choice'
  readonly default: O
  readonly options: readonly O[]
  readonly doc: string
  readonly live: L
}

export type Hyper = NumberHyper | BooleanHyper | ChoiceHyper
export type HyperSpecs = Readonly<Record<string, Hyper>>
export type HyperValue = Hyper['default']

/** The values a description stands for: `{ learningRate: number; nesterov: boolean }`. */
export type HyperValues<S extends HyperSpecs> = { -readonly [K in keyof S]: S[K]['default'] }

/** What a constructor takes: any of the values, the others default. */
export type HyperConfig<S extends HyperSpecs> = { readonly [K in keyof S]?: S[K]['default'] }

/**
 * The names that may change between steps. For a description only known as `HyperSpecs` it is
 * any string, checked when set; for a concrete one, only the names declared `live: true`.
 */
export type LiveName<S extends HyperSpecs> = Extract<keyof S, string> &
  (string extends keyof S ? string : { [K in keyof S]: S[K]['live'] extends true ? K : never }[keyof S])

/** Builders that keep `live` and the options literal, so `LiveName` and `HyperValues` stay precise. */
export const hyper = {
  number: <const L extends boolean>(o: Omit<NumberHyper<L>, 'kind'>): NumberHyper<L> => ({ kind: 'number', ...o }),
  boolean: <const L extends boolean>(o: Omit<BooleanHyper<L>, 'kind'>): BooleanHyper<L> => ({ kind: 'boolean', ...o }),
  choice: <const O extends string, const L extends boolean>(o: Omit<ChoiceHyper<O, L>, 'kind'>): ChoiceHyper<O, L> => ({ kind: 'choice', ...o }),
}
